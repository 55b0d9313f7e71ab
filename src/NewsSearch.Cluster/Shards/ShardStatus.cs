namespace NewsSearch.Cluster.Shards;

/// <summary>Where a shard lives and how far it has read the store.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardStatus([property: Id(0)] int Shard, [property: Id(1)] string Silo, [property: Id(2)] bool Ready,
    [property: Id(3)] long HighWater, [property: Id(4)] int Articles);
