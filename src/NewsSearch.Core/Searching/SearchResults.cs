namespace NewsSearch.Core.Searching;

public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, TimeSpan Took)
{
    /// <summary>All hits (not only the page) per source and per day.</summary>
    public ArticleCounts Counts { get; init; } = ArticleCounts.Empty;

    /// <summary>The filters applied: the request's and the query's own.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;

    /// <summary>Articles that matched everything but a date range because they have no date (0 without a range).</summary>
    public int UndatedExcluded { get; init; }

    /// <summary>
    /// Articles with only some of the words of a query of words and phrases, listed after the <see cref="TotalHits"/>
    /// articles with all of them (0 when the window did not reach them, or the query may not be widened).
    /// </summary>
    public int PartialTotal { get; init; }

    /// <summary>
    /// The rank of the first article with only some of the words (<see cref="TotalHits"/> + 1), when the requested
    /// window reaches them; null otherwise. Hits from this rank on are under the divider "articles with some of the words".
    /// </summary>
    public int? PartialFromRank { get; init; }

    /// <summary>No article matched the whole query (words and phrases, all required): every hit has only some of its words.</summary>
    public bool PartialMatch => TotalHits == 0 && PartialTotal > 0;

    /// <summary>What to try instead, when the search found nothing or few articles (<see cref="SearchAdvisor"/>).</summary>
    public SearchHelp Help { get; init; } = SearchHelp.None;
}
