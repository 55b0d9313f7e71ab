using NewsSearch.Core.People;

namespace NewsSearch.Cluster.Searching;

/// <summary>A cluster's mentions of a person (as one index would give them, over the shards that answered) and those shards.</summary>
public sealed record ClusterMentionReport(MentionReport Report, ShardsAnswered Shards, TimeSpan Took);
