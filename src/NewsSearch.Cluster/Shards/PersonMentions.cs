namespace NewsSearch.Cluster.Shards;

/// <summary>One listed person (by id) and how many times an article names them.</summary>
internal sealed record PersonMentions(string Person, int Mentions);
