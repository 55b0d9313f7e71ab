using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Searching;

/// <param name="Score">Lucene's similarity of the article to the one asked about, weighted by <see
/// cref="RelatedArticles.SameSourceWeight"/>.</param>
/// <param name="Lead">The abstract, or else the first sentence of the body.</param>
public sealed record RelatedHit(int Rank, float Score, Article Article, string Lead);
