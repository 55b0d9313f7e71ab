namespace NewsSearch.Cluster.Shards;

/// <summary>One term of a related article's like-query and its boost.</summary>
[GenerateSerializer, Immutable]
public sealed record WeightedTerm([property: Id(0)] string Field, [property: Id(1)] byte[] Bytes, [property: Id(2)] float Boost);
