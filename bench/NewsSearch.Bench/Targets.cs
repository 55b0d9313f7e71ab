namespace NewsSearch.Bench;

/// <summary>The targets of issue 9, checked against a run; a miss says by how much.</summary>
public static class Targets
{
    public const double P99Millis = 20;
    public const long PeakMemoryBytes = 1L << 30;
    public const double PerArticleGrowth = 1.25;

    /// <param name="rounds">The speed comparison, one or more rounds: the target takes their median ratio.</param>
    public static IReadOnlyList<TargetCheck> Check(IReadOnlyList<SpeedRound> rounds, IReadOnlyList<ScaleMeasure> scales)
    {
        if (scales.Count == 0) return [];
        var first = scales.MinBy(s => s.Copies)!;
        var largest = scales.MaxBy(s => s.Copies)!;
        var at = $"at {largest.Copies}×";
        var ratios = rounds.Select(r => r.Ratio).Order().ToList();
        var middle = ratios.Count / 2;
        var speed = ratios.Count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
        var speedMeasured = ratios.Count == 1 ? $"{speed:N2}×" : $"{speed:N2}× (median of {ratios.Count}: {ratios[0]:N2}–{ratios[^1]:N2}×)";
        var p99 = largest.Search.OneThread.P99;
        var peak = largest.Indexing.Cost.PeakRssBytes;
        var growth = largest.Indexing.MillisPerArticle / first.Indexing.MillisPerArticle;
        return
        [
            new("indexing speed vs stock ArabicAnalyzer (1 thread), 1×", "≥ 1.00×", speedMeasured, speed >= 1,
                speed >= 1 ? $"{(speed - 1) * 100:N0}% faster" : $"{(1 - speed) * 100:N0}% slower"),
            new($"p99 search + snippets {at}", $"≤ {P99Millis} ms", $"{p99:N1} ms", p99 <= P99Millis,
                p99 <= P99Millis ? $"{P99Millis - p99:N1} ms to spare" : $"{p99 - P99Millis:N1} ms over ({p99 / P99Millis:N2}×)"),
            new($"peak memory (RSS) while indexing {at}", "≤ 1024 MiB", $"{peak / 1048576.0:N0} MiB", peak <= PeakMemoryBytes,
                peak <= PeakMemoryBytes ? $"{(PeakMemoryBytes - peak) / 1048576.0:N0} MiB to spare" : $"{(peak - PeakMemoryBytes) / 1048576.0:N0} MiB over"),
            new($"indexing ms/article {at} vs 1×", $"≤ {PerArticleGrowth:N2}×", $"{growth:N2}×", growth <= PerArticleGrowth,
                growth <= PerArticleGrowth ? "within" : $"{(growth - PerArticleGrowth) * 100:N0} points over"),
        ];
    }
}
