using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>The body of <c>GET /api/stats</c>: the whole index counted per outlet, and its first and last UTC day.</summary>
public sealed record IndexStatsResponse(int Articles, IReadOnlyList<SourceCount> Outlets, DateOnly? FirstDay, DateOnly? LastDay,
    int Undated, int WithoutSource)
{
    public static IndexStatsResponse From(ArticleCounts counts) =>
        new(counts.Total, counts.BySource, counts.ByDay.Count > 0 ? counts.ByDay[0].Day : null,
            counts.ByDay.Count > 0 ? counts.ByDay[^1].Day : null, counts.Undated, counts.WithoutSource);
}
