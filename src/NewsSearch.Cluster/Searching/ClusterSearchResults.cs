using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>A cluster search's results (as one index would give them, over the shards that answered) and those shards.</summary>
public sealed record ClusterSearchResults(SearchResults Results, ShardsAnswered Shards);
