using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>The body of <c>GET /api/stats</c>: the whole index counted per outlet, and its first and last UTC day.</summary>
public sealed record IndexStatsResponse(int Articles, IReadOnlyList<SourceCount> Outlets, DateOnly? FirstDay, DateOnly? LastDay,
    int Undated, int WithoutSource)
{
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static IndexStatsResponse From(ArticleCounts counts) =>
        new(counts.Total, counts.BySource, counts.ByDay.Count > 0 ? counts.ByDay[0].Day : null,
            counts.ByDay.Count > 0 ? counts.ByDay[^1].Day : null, counts.Undated, counts.WithoutSource);
}
