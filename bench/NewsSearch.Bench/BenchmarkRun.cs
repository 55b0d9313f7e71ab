using System.Runtime.InteropServices;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Bench;

/// <summary>
/// The whole benchmark: a parse-only pass (which also samples articles for the query mix), stock Lucene and
/// NewsSearch on one thread at 1×, then NewsSearch with every core at each scale, each followed by the query mix.
/// Then further rounds of stock and NewsSearch at 1× (<see cref="BenchOptions.SpeedRounds"/>) for the speed target.
/// Before any timed run both indexers index the first <see cref="WarmUpArticles"/> articles untimed, so neither
/// pays for compiling Lucene's code (whichever ran first would).
/// </summary>
public static class BenchmarkRun
{
    private const int WarmUpArticles = 4000;

    public static BenchResults Run(BenchOptions options, string command, TextWriter log)
    {
        var machine = DescribeMachine();
        var work = Directory.CreateDirectory(Path.Combine(options.WorkFolder, Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            log.WriteLine($"parse-only pass over {string.Join(", ", options.Corpus)}");
            var (readOnly, sample) = ReadOnlyPass(options);
            log.WriteLine($"  {readOnly.Articles:N0} articles, {readOnly.TextBytes / 1e6:N1} MB of text in {readOnly.Cost.WallSeconds:N1} s");

            WarmUp(options, work, log);
            var stock = IndexStock(options, work, log);
            var oneThread = Index(log, "NewsSearch, 1 writer thread", new ScaledCorpus(options.Corpus, 1), work, keep: false,
                (corpus, folder) => NewsSearchIndex(corpus.Read(), folder, options with { WriterThreads = 1 }));

            IReadOnlyList<BenchQuery>? mix = null;
            IReadOnlyList<PhaseShare> profile = [];
            var scales = new List<ScaleMeasure>();
            foreach (var copies in options.Scales)
            {
                var folder = Path.Combine(work, $"newssearch-{copies}x");
                var indexing = Index(log, WriterThreadsName(options), new ScaledCorpus(options.Corpus, copies), work, keep: true,
                    (corpus, f) => NewsSearchIndex(corpus.Read(), f, options), folder);
                using (var index = NewsIndex.Open(folder))
                {
                    if (mix is null)
                    {
                        mix = QueryMix.Build(sample, index, options.Queries, options.Seed);
                        log.WriteLine($"  query mix: {mix.Count} queries ({string.Join(", ", mix.GroupBy(q => q.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
                    }
                    log.WriteLine($"  searching {mix.Count} queries at {copies}×");
                    var search = SearchBench.Run(index, mix);
                    log.WriteLine($"  p50 {search.OneThread.P50:N1} ms, p99 {search.OneThread.P99:N1} ms, {search.QueriesPerSecondTwoThreads:N0} q/s on 2 threads");
                    scales.Add(new ScaleMeasure(copies, indexing, search));
                    if (copies == options.Scales.Max()) profile = SearchProfile.Run(index, mix);
                }
                Directory.Delete(folder, recursive: true);
            }
            var rounds = SpeedRounds(options, work, log, stock, scales);
            var targets = Targets.Check(rounds, scales);
            return new BenchResults(machine, command, options.Corpus, mix?.Count ?? 0, options.Seed, readOnly, stock, oneThread, scales, rounds, profile, targets);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static (IndexingMeasure Measure, IReadOnlyList<Article> Sample) ReadOnlyPass(BenchOptions options)
    {
        var corpus = new ScaledCorpus(options.Corpus, 1);
        var meter = PhaseMeter.Start();
        var sample = CorpusSample.Draw(corpus.Read(), options.SampleArticles, new Random(options.Seed));
        var cost = meter.Stop();
        return (new IndexingMeasure("read and parse only", 1, corpus.Articles, corpus.Skipped, corpus.TextBytes, cost, 0, 0), sample);
    }

    /// <summary>The first round is the runs above; each further round indexes 1× with stock, then with NewsSearch.</summary>
    private static List<SpeedRound> SpeedRounds(BenchOptions options, string work, TextWriter log, IndexingMeasure stock, List<ScaleMeasure> scales)
    {
        if (scales.Count == 0) return [];
        var rounds = new List<SpeedRound> { new(stock.ArticlesPerSecond, scales.MinBy(s => s.Copies)!.Indexing.ArticlesPerSecond) };
        for (var round = 2; round <= options.SpeedRounds; round++)
        {
            log.WriteLine($"speed round {round} of {options.SpeedRounds}");
            var again = IndexStock(options, work, log);
            var ours = Index(log, WriterThreadsName(options), new ScaledCorpus(options.Corpus, 1), work, keep: false,
                (corpus, folder) => NewsSearchIndex(corpus.Read(), folder, options));
            rounds.Add(new SpeedRound(again.ArticlesPerSecond, ours.ArticlesPerSecond));
        }
        return rounds;
    }

    private static IndexingMeasure IndexStock(BenchOptions options, string work, TextWriter log) =>
        Index(log, "stock ArabicAnalyzer, 1 thread", new ScaledCorpus(options.Corpus, 1), work, keep: false,
            (corpus, folder) => StockIndexer.Run(folder, corpus.Read(), options.RamBufferMB));

    private static string WriterThreadsName(BenchOptions options) => $"NewsSearch, {options.WriterThreads} writer threads";

    internal static void WarmUp(BenchOptions options, string work, TextWriter log)
    {
        log.WriteLine($"warm-up: the first {WarmUpArticles:N0} articles with each indexer, untimed");
        var input = new ScaledCorpus(options.Corpus, 1).Read().Take(WarmUpArticles).ToList();
        var folder = Path.Combine(work, "warm-up");
        StockIndexer.Run(folder, input, options.RamBufferMB);
        Directory.Delete(folder, recursive: true);
        NewsSearchIndex(input, folder, options);
        Directory.Delete(folder, recursive: true);
    }

    internal static double NewsSearchIndex(IEnumerable<ReadOutcome> input, string folder, BenchOptions options)
    {
        using var index = NewsIndex.Open(folder);
        var report = ArticleIndexer.Run(index, input, new IndexRunOptions
        {
            Rebuild = true,
            WriterThreads = options.WriterThreads,
            RamBufferMB = options.RamBufferMB,
        });
        return report.Committing.TotalSeconds;
    }

    /// <param name="run">Indexes the corpus into the folder; returns the seconds of its final commit.</param>
    private static IndexingMeasure Index(TextWriter log, string name, ScaledCorpus corpus, string work, bool keep,
        Func<ScaledCorpus, string, double> run, string? folder = null)
    {
        folder ??= Path.Combine(work, Guid.NewGuid().ToString("N")[..8]);
        log.WriteLine($"indexing {corpus.Copies}× with {name}");
        using var meter = PhaseMeter.Start();
        var commit = run(corpus, folder);
        var cost = meter.Stop();
        var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        if (!keep) Directory.Delete(folder, recursive: true);
        var measure = new IndexingMeasure(name, corpus.Copies, corpus.Articles, corpus.Skipped / corpus.Copies, corpus.TextBytes, cost, commit, bytes);
        log.WriteLine($"  {measure.Articles:N0} articles in {cost.WallSeconds:N1} s ({measure.ArticlesPerSecond:N0}/s), " +
                      $"peak RSS {cost.PeakRssBytes / 1048576.0:N0} MiB, index {bytes / 1048576.0:N0} MiB");
        return measure;
    }

    internal static Machine DescribeMachine()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (File.Exists("/proc/meminfo") && File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:")) is { } line)
            memory = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return new Machine(Environment.ProcessorCount, memory, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
            load, DateTimeOffset.UtcNow);
    }
}
