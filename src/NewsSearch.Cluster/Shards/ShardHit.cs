namespace NewsSearch.Cluster.Shards;

/// <summary>One hit of a shard's page: its document number there, score, article id and date sort value.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardHit([property: Id(0)] int Doc, [property: Id(1)] float Score, [property: Id(2)] string Id,
    [property: Id(3)] long SortDate);
