namespace NewsSearch.Cluster.Store;

/// <summary>What <c>cluster init</c> fixed: the schema version, the number of shards and the membership server.</summary>
public sealed record ClusterInfo(int SchemaVersion, int Shards, string Membership);
