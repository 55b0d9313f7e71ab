using System.Text;

namespace NewsSearch.Bench;

/// <summary>The results as markdown tables: machine, indexing, search, growth, targets, where search time goes.</summary>
public static class MarkdownReport
{
    public static string Render(BenchResults r)
    {
        var s = new StringBuilder();
        var m = r.Machine;
        s.AppendLine($"Run {m.StartedUtc:yyyy-MM-dd HH:mm} UTC on {m.Cores} cores, {m.MemoryBytes / 1073741824.0:N1} GiB, {m.Os}, {m.Runtime}; load average at start {m.LoadAtStart}.");
        s.AppendLine($"Corpus: {string.Join(", ", r.Corpus.Select(Path.GetFileName))}; {r.QueryCount} queries, seed {r.Seed}.");
        s.AppendLine($"Command: `{r.Command}`");
        s.AppendLine();
        s.AppendLine("### Indexing (fresh on-disk index, one commit)");
        s.AppendLine();
        s.AppendLine("| run | corpus | articles | wall s | articles/s | text MB/s | ms/article | CPU ms/article | CPU use (of all cores) | peak RSS MiB (anon + file) | index MiB | final commit s |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var i in new[] { r.ReadOnly, r.Stock, r.NewsSearchOneThread }.Concat(r.Scales.Select(x => x.Indexing)))
            s.AppendLine($"| {i.Name} | {i.Copies}× | {i.Articles:N0} | {i.Cost.WallSeconds:N1} | {i.ArticlesPerSecond:N0} | {i.MegabytesPerSecond:N2} | {i.MillisPerArticle:N3} | {i.CpuMillisPerArticle:N3} | " +
                         $"{i.Cost.CoreUse:P0} | {Mib(i.Cost.PeakRssBytes)} ({Mib(i.Cost.PeakRssAnonBytes)} + {Mib(i.Cost.PeakRssFileBytes)}) | {Mib(i.IndexBytes)} | {i.CommitSeconds:N2} |");
        s.AppendLine();
        if (r.Scales.Count > 0)
        {
            var first = r.Scales.MinBy(x => x.Copies)!;
            s.AppendLine($"NewsSearch vs stock at 1×: {r.NewsSearchOneThread.CpuMillisPerArticle / r.Stock.CpuMillisPerArticle:N2}× the CPU time per article " +
                         $"({r.NewsSearchOneThread.MillisPerArticle / r.Stock.MillisPerArticle:N2}× the wall time on one writer thread, " +
                         $"{first.Indexing.MillisPerArticle / r.Stock.MillisPerArticle:N2}× with {first.Indexing.Name.Split(", ")[1]}). " +
                         $"{r.ReadOnly.Skipped:N0} input lines per copy were skipped (no id or no body).");
            s.AppendLine();
        }
        if (r.SpeedRounds.Count > 1)
        {
            s.AppendLine($"Indexing speed vs stock at 1×, round by round (stock, then NewsSearch): " +
                         $"{string.Join(", ", r.SpeedRounds.Select(x => $"{x.Ratio:N2}×"))}.");
            s.AppendLine();
        }
        s.AppendLine("### Search (top 10 with snippets, one shared searcher)");
        s.AppendLine();
        s.AppendLine("| corpus | articles | queries | errors | p50 ms | p95 ms | p99 ms | max ms | q/s, 1 thread | q/s, 2 threads |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var x in r.Scales)
        {
            var l = x.Search.OneThread;
            s.AppendLine($"| {x.Copies}× | {x.Indexing.Articles:N0} | {x.Search.Queries} | {x.Search.Errors} | {l.P50:N1} | {l.P95:N1} | {l.P99:N1} | {l.Max:N1} | " +
                         $"{x.Search.QueriesPerSecondOneThread:N0} | {x.Search.QueriesPerSecondTwoThreads:N0} |");
        }
        s.AppendLine();
        AppendIndexingProfile(s, r);
        AppendGrowth(s, r.Scales);
        AppendTargets(s, r.Targets);
        AppendLargest(s, r);
        return s.ToString();
    }

    private static void AppendGrowth(StringBuilder s, IReadOnlyList<ScaleMeasure> scales)
    {
        if (scales.Count < 2) return;
        var first = scales.MinBy(x => x.Copies)!;
        var rest = scales.Where(x => x != first).ToList();
        s.AppendLine("### Growth with the corpus");
        s.AppendLine();
        s.AppendLine($"| measure | {string.Join(" | ", scales.Select(x => $"{x.Copies}×"))} | {string.Join(" | ", rest.Select(x => $"{x.Copies}× / {first.Copies}×"))} |");
        s.AppendLine($"|---|{string.Concat(scales.Concat(rest).Select(_ => "---:|"))}");
        Row("indexing ms/article", x => x.Indexing.MillisPerArticle, "N3");
        Row("indexing CPU ms/article", x => x.Indexing.CpuMillisPerArticle, "N3");
        Row("index MiB", x => x.Indexing.IndexBytes / 1048576.0, "N0");
        Row("peak RSS MiB", x => x.Indexing.Cost.PeakRssBytes / 1048576.0, "N0");
        Row("search p50 ms", x => x.Search.OneThread.P50, "N1");
        Row("search p99 ms", x => x.Search.OneThread.P99, "N1");
        Row("q/s, 2 threads", x => x.Search.QueriesPerSecondTwoThreads, "N0");
        s.AppendLine();

        void Row(string name, Func<ScaleMeasure, double> value, string format) =>
            s.AppendLine($"| {name} | {string.Join(" | ", scales.Select(x => value(x).ToString(format)))} | " +
                         $"{string.Join(" | ", rest.Select(x => (value(x) / value(first)).ToString("N2") + "×"))} |");
    }

    /// <summary>CPU ms per article by kind of thread, for every NewsSearch run: the indexing profile.</summary>
    private static void AppendIndexingProfile(StringBuilder s, BenchResults r)
    {
        var runs = new[] { r.Stock, r.NewsSearchOneThread }.Concat(r.Scales.Select(x => x.Indexing)).ToList();
        var kinds = runs.SelectMany(i => i.Cost.CpuSecondsByThread.Keys).Distinct().Order().ToList();
        if (kinds.Count == 0) return;
        s.AppendLine("Where indexing CPU goes (CPU ms per article, by thread, sampled from /proc every 100 ms):");
        s.AppendLine();
        s.AppendLine($"| thread | {string.Join(" | ", runs.Select(i => $"{i.Name.Replace(", ", " ")} {i.Copies}×"))} |");
        s.AppendLine($"|---|{string.Concat(runs.Select(_ => "---:|"))}");
        foreach (var kind in kinds)
            s.AppendLine($"| {kind} | {string.Join(" | ", runs.Select(i => (i.Cost.CpuSecondsByThread.GetValueOrDefault(kind) * 1000 / i.Articles).ToString("N3")))} |");
        s.AppendLine($"| GC pauses (wall ms/article) | {string.Join(" | ", runs.Select(i => (i.Cost.GcPauseSeconds * 1000 / i.Articles).ToString("N3")))} |");
        s.AppendLine();
    }

    private static void AppendTargets(StringBuilder s, IReadOnlyList<TargetCheck> targets)
    {
        if (targets.Count == 0) return;
        s.AppendLine("### Targets");
        s.AppendLine();
        s.AppendLine("| target | goal | measured | met? | by how much |");
        s.AppendLine("|---|---|---|---|---|");
        foreach (var t in targets) s.AppendLine($"| {t.Target} | {t.Goal} | {t.Measured} | {(t.Met ? "yes" : "**no**")} | {t.Margin} |");
        s.AppendLine();
    }

    private static void AppendLargest(StringBuilder s, BenchResults r)
    {
        if (r.Scales.Count == 0) return;
        var largest = r.Scales.MaxBy(x => x.Copies)!;
        s.AppendLine($"### Query kinds at {largest.Copies}×");
        s.AppendLine();
        s.AppendLine("| kind | queries | p50 ms | p95 ms | p99 ms | max ms | median hits |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var k in largest.Search.PerKind)
            s.AppendLine($"| {k.Kind} | {k.Latency.Count} | {k.Latency.P50:N1} | {k.Latency.P95:N1} | {k.Latency.P99:N1} | {k.Latency.Max:N1} | {k.MedianHits:N0} |");
        s.AppendLine();
        s.AppendLine($"Where search time goes at {largest.Copies}× (stopwatch per phase, one thread):");
        s.AppendLine();
        s.AppendLine("| phase | share, all queries | share, slowest 1% |");
        s.AppendLine("|---|---:|---:|");
        var all = r.SearchProfileAtLargest.Sum(p => p.AllMillis);
        var slow = r.SearchProfileAtLargest.Sum(p => p.SlowestMillis);
        foreach (var p in r.SearchProfileAtLargest)
            s.AppendLine($"| {p.Phase} | {p.AllMillis / all:P0} | {p.SlowestMillis / slow:P0} |");
        s.AppendLine();
        s.AppendLine("Slowest queries:");
        s.AppendLine();
        s.AppendLine("| ms | kind | hits | query |");
        s.AppendLine("|---:|---|---:|---|");
        foreach (var q in largest.Search.Slowest) s.AppendLine($"| {q.Millis:N1} | {q.Kind} | {q.Hits:N0} | `{q.Query}` |");
        if (largest.Search.ErrorSamples.Count > 0)
            s.AppendLine($"\nQueries refused by the parser (not timed): {string.Join("; ", largest.Search.ErrorSamples.Select(e => $"`{e}`"))}");
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0");
}
