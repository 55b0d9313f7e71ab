using NewsSearch.Core.Articles;

namespace NewsSearch.Cluster.Store;

/// <summary>An article as the store holds it, with its sequence number.</summary>
public sealed record StoredArticle(Article Article, long Seq);
