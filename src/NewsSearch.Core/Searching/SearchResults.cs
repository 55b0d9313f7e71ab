using NewsSearch.Core.Articles;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

public sealed record SearchHit(int Rank, float Score, Article Article, IReadOnlyList<Snippet> Snippets);

public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, TimeSpan Took)
{
    /// <summary>All hits (not only the page) per source and per day.</summary>
    public ArticleCounts Counts { get; init; } = ArticleCounts.Empty;

    /// <summary>The filters applied: the request's and the query's own.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>Articles that matched everything but a date range because they have no date (0 without a range).</summary>
    public int UndatedExcluded { get; init; }

    /// <summary>
    /// No article matched the whole query (words and phrases, all required), so these are the articles with some of
    /// its words, best first.
    /// </summary>
    public bool PartialMatch { get; init; }
}
