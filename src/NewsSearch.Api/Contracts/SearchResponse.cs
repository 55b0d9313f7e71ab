using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>The body of <c>GET /api/search</c>.</summary>
/// <param name="Counts">Every hit (not only the page) per source and per day.</param>
/// <param name="UndatedExcluded">Articles left out only because a date range was asked and they have no date.</param>
/// <param name="Total">Articles with all the words of the query (every hit of a query with operators).</param>
/// <param name="PartialMatch">No article has all the words of the query; these hits have some of them.</param>
/// <param name="PartialTotal">Articles with only some of the words, ranked after the <c>total</c> with all of them
/// (counted when the requested page reaches them, else 0); pages run over <c>total + partial_total</c>.</param>
/// <param name="PartialFromRank">The rank of the first article with only some of the words when this page reaches
/// them, else null: hits from this rank on go under the divider "articles with some of the words".</param>
public sealed record SearchResponse(string Query, int Page, int Size, int Total, double TookMs, IReadOnlyList<HitResponse> Hits)
{
    public FilterResponse Filter { get; init; } = FilterResponse.None;
    public string Sort { get; init; } = SortWords.Relevance;
    public ArticleCounts? Counts { get; init; }
    public int UndatedExcluded { get; init; }
    public bool PartialMatch { get; init; }
    public int PartialTotal { get; init; }
    public int? PartialFromRank { get; init; }
    /// <summary>
    /// What to try when the search found nothing or few articles: people the words name, close spellings the index
    /// holds (with counts), outlets it does not hold with the closest (all: <c>/api/sources</c>), a query of stop
    /// words only, the last page when the page asked is past the end. Empty lists and null when there is nothing to say.
    /// </summary>
    public SearchHelp Help { get; init; } = SearchHelp.None;
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static SearchResponse From(SearchRequest request, SearchResults results) =>
        new(request.Query, request.Page, request.PageSize, results.TotalHits,
            Math.Round(results.Took.TotalMilliseconds, 1), results.Hits.Select(HitResponse.From).ToList())
        {
            Filter = FilterResponse.Of(results.Filter),
            Sort = SortWords.Of(request.Order),
            Counts = results.Counts,
            UndatedExcluded = results.UndatedExcluded,
            PartialMatch = results.PartialMatch,
            PartialTotal = results.PartialTotal,
            PartialFromRank = results.PartialFromRank,
            Help = results.Help,
        };
}
