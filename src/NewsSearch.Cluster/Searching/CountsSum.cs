using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>Shards' counts per source and day added up, in the order <c>ArticleCountCollector</c> gives them.</summary>
internal static class CountsSum
{
    public static ArticleCounts Of(IEnumerable<ArticleCounts> parts)
    {
        var all = parts.ToList();
        var bySource = all.SelectMany(c => c.BySource).GroupBy(s => s.Source, StringComparer.Ordinal)
            .Select(g => new SourceCount(g.Key, g.Sum(s => s.Count)))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        var byDay = all.SelectMany(c => c.ByDay).GroupBy(d => d.Day)
            .Select(g => new DayCount(g.Key, g.Sum(d => d.Count))).OrderBy(d => d.Day).ToList();
        return new ArticleCounts(all.Sum(c => c.Total), bySource, byDay, all.Sum(c => c.Undated), all.Sum(c => c.WithoutSource));
    }
}
