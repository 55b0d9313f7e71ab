using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>The shape of <c>search --json</c>: unmarked snippet text plus the match offsets in the body.</summary>
public sealed record SearchJson(string Query, int Total, int Page, int Size, double TookMs, IReadOnlyList<HitJson> Hits)
{
    public static SearchJson From(SearchRequest request, SearchResults results) =>
        new(request.Query, results.TotalHits, request.Page, request.PageSize, Math.Round(results.Took.TotalMilliseconds, 1),
            results.Hits.Select(HitJson.From).ToList())
        {
            Sort = SortWords.Of(request.Order),
            Filters = FiltersJson.Of(results.Filter, results.UndatedExcluded),
            Counts = results.Counts,
            PartialMatch = results.PartialMatch,
            PartialTotal = results.PartialTotal,
            PartialFromRank = results.PartialFromRank,
            Help = results.Help.IsEmpty ? null : results.Help,
        };

    public string Sort { get; init; } = SortWords.Relevance;
    public FiltersJson? Filters { get; init; }
    /// <summary>Hits per source and per day over the whole result set, not only this page.</summary>
    public ArticleCounts? Counts { get; init; }
    /// <summary>No article has all the words; these hits have some of them.</summary>
    public bool PartialMatch { get; init; }
    /// <summary>Articles with only some of the words, ranked after the <see cref="Total"/> with all of them.</summary>
    public int PartialTotal { get; init; }
    /// <summary>The rank from which hits have only some of the words, when this page reaches them (absent otherwise).</summary>
    public int? PartialFromRank { get; init; }
    /// <summary>A cluster search only: how many shards answered.</summary>
    public ShardsJson? Shards { get; init; }
    /// <summary>What to try when the search found nothing or few articles; absent when there is nothing to say.</summary>
    public SearchHelp? Help { get; init; }
}
