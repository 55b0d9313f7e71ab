namespace NewsSearch.Cluster.Shards;

/// <summary>A shard's similar article: the article, its score with the cluster's statistics, its document number there.</summary>
internal sealed record RelatedCandidate(Core.Articles.Article Article, float Score, int Doc);
