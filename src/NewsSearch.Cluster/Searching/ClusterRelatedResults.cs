using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>A cluster's related articles (as one index would rank them, over the shards that answered) and those shards.</summary>
public sealed record ClusterRelatedResults(RelatedResults Results, ShardsAnswered Shards);
