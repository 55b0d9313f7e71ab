namespace NewsSearch.Cluster.Searching;

/// <summary>A cluster's answer (over the shards that answered) and those shards.</summary>
public sealed record ClusterAnswer<T>(T Value, ShardsAnswered Shards);
