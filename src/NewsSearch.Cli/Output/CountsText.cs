using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>The filters and the per-source and per-day counts of a result set, in two or three short lines.</summary>
public static class CountsText
{
    private const int SourcesShown = 6;

    public static void Write(SearchFilter filter, int undatedExcluded, ArticleCounts counts, TextWriter output)
    {
        if (Describe(filter, undatedExcluded) is { Length: > 0 } applied) output.WriteLine($"filters: {applied}");
        if (counts.BySource.Count > 0) WriteSources(counts, output);
        if (counts.ByDay.Count > 0)
        {
            var peak = counts.ByDay.MaxBy(d => d.Count)!;
            var undated = counts.Undated > 0 ? $", undated {counts.Undated}" : "";
            output.WriteLine($"days: {counts.ByDay[0].Day:yyyy-MM-dd} to {counts.ByDay[^1].Day:yyyy-MM-dd}, " +
                             $"{counts.ByDay.Count} with hits, most on {peak.Day:yyyy-MM-dd} ({peak.Count}){undated}");
        }
    }

    private static void WriteSources(ArticleCounts counts, TextWriter output)
    {
        var sources = counts.BySource.Take(SourcesShown).Select(s => $"{s.Source} {s.Count}").ToList();
        if (counts.BySource.Count > SourcesShown) sources.Add($"+{counts.BySource.Count - SourcesShown} more");
        if (counts.WithoutSource > 0) sources.Add($"no source {counts.WithoutSource}");
        output.WriteLine($"sources: {string.Join(", ", sources)}");
    }

    private static string Describe(SearchFilter filter, int undatedExcluded)
    {
        var parts = new List<string>();
        if (filter.Sources.Count > 0) parts.Add($"source {string.Join(" or ", filter.Sources)}");
        if (filter.HasDateRange)
            parts.Add($"published {filter.From?.ToString("yyyy-MM-dd") ?? "…"} to {filter.To?.ToString("yyyy-MM-dd") ?? "…"} " +
                      $"({undatedExcluded} undated article{(undatedExcluded == 1 ? "" : "s")} left out)");
        return string.Join("; ", parts);
    }
}
