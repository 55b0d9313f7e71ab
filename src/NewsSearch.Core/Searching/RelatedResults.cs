using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Searching;

public sealed record RelatedResults(Article Article, IReadOnlyList<RelatedHit> Hits, TimeSpan Took);
