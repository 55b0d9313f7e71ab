namespace NewsSearch.Core.Searching;

/// <summary>
/// How a set of articles spreads over outlets (most first, then by name) and days (in order; days
/// without articles are left out). <see cref="Undated"/> and <see cref="WithoutSource"/> count the rest.
/// </summary>
public sealed record ArticleCounts(
    int Total, IReadOnlyList<SourceCount> BySource, IReadOnlyList<DayCount> ByDay, int Undated, int WithoutSource)
{
    public static readonly ArticleCounts Empty = new(0, [], [], 0, 0);
}
