using System.Diagnostics;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Bench;

public sealed record PeerIndexing(string Engine, long Articles, double Seconds, long IndexBytes)
{
    public double ArticlesPerSecond => Articles / Seconds;
}

public sealed record PeerSearch(string Engine, LatencySummary All, LatencySummary Headlines, LatencySummary Words, int Errors,
    IReadOnlyList<string> ErrorSamples);

public sealed record PeerRound(PeerIndexing Stock, PeerIndexing NewsSearch, IReadOnlyList<PeerSearch> Searches);

/// <summary>
/// Issue 22's side-by-side run: in each round the corpus is indexed by stock Lucene.Net (<see cref="StockPeer"/>,
/// one thread) and by NewsSearch (every core), then the same query mix (<see cref="PeerQueryMix"/>) is searched, one
/// query at a time on one thread, by stock (search only), by the typed search with snippets, and by the literal
/// ranking with snippets. The ratios are taken per round and their median reported.
/// </summary>
public static class PeerComparison
{
    public const string Stock = "stock Lucene.Net ArabicAnalyzer, search only";
    public const string Typed = "NewsSearch typed search, with snippets";
    public const string Literal = "NewsSearch --literal ranking, with snippets";

    public static IReadOnlyList<PeerRound> Run(BenchOptions options, int rounds, TextWriter log)
    {
        var work = Directory.CreateDirectory(Path.Combine(options.WorkFolder, "peer-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var sample = CorpusSample.Draw(new ScaledCorpus(options.Corpus, 1).Read(), options.SampleArticles, new Random(options.Seed));
            var mix = PeerQueryMix.Build(sample, options.Queries, options.Seed);
            log.WriteLine($"query mix: {mix.Count} queries ({string.Join(", ", mix.GroupBy(q => q.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
            BenchmarkRun.WarmUp(options, work, log);
            var results = new List<PeerRound>();
            for (var round = 1; round <= rounds; round++)
            {
                log.WriteLine($"round {round} of {rounds}");
                results.Add(Round(options, mix, work, log));
            }
            return results;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static PeerRound Round(BenchOptions options, IReadOnlyList<BenchQuery> mix, string work, TextWriter log)
    {
        var stockFolder = Path.Combine(work, "stock");
        var oursFolder = Path.Combine(work, "newssearch");
        var stock = Timed(log, "stock ArabicAnalyzer, 1 thread", stockFolder, options,
            corpus => StockPeer.Index(stockFolder, corpus.Read(), options.RamBufferMB));
        var ours = Timed(log, $"NewsSearch, {options.WriterThreads} writer threads", oursFolder, options,
            corpus => BenchmarkRun.NewsSearchIndex(corpus.Read(), oursFolder, options));

        var searches = new List<PeerSearch>();
        using (var peer = StockPeer.Open(stockFolder)) searches.Add(Searched(log, Stock, mix, peer.Search));
        using (var index = NewsIndex.Open(oursFolder))
        {
            var searcher = new NewsSearcher(index);
            searches.Add(Searched(log, Typed, mix, q => searcher.Search(new SearchRequest(q)).TotalHits));
            searches.Add(Searched(log, Literal, mix, q => searcher.Search(new SearchRequest(q) { Literal = true }).TotalHits));
        }
        Directory.Delete(stockFolder, recursive: true);
        Directory.Delete(oursFolder, recursive: true);
        return new PeerRound(stock, ours, searches);
    }

    private static PeerIndexing Timed(TextWriter log, string engine, string folder, BenchOptions options, Action<ScaledCorpus> index)
    {
        log.WriteLine($"  indexing with {engine}");
        var corpus = new ScaledCorpus(options.Corpus, 1);
        var clock = Stopwatch.StartNew();
        index(corpus);
        var measure = new PeerIndexing(engine, corpus.Articles, clock.Elapsed.TotalSeconds,
            Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length));
        log.WriteLine($"    {measure.Articles:N0} articles in {measure.Seconds:N1} s ({measure.ArticlesPerSecond:N0}/s), {measure.IndexBytes / 1e6:N1} MB");
        return measure;
    }

    /// <summary>A warm-up pass over a fifth of the mix, then every query once, timed; a refused query is counted (the first five named), not timed.</summary>
    private static PeerSearch Searched(TextWriter log, string engine, IReadOnlyList<BenchQuery> mix, Func<string, int> search)
    {
        foreach (var query in mix.Take(mix.Count / 5)) Try(search, query.Text);
        var timings = new List<(string Kind, double Millis)>();
        var errors = new List<string>();
        foreach (var query in mix)
        {
            var clock = Stopwatch.StartNew();
            if (Try(search, query.Text) is { } error) errors.Add($"{query.Text}: {error}");
            else timings.Add((query.Kind, clock.Elapsed.TotalMilliseconds));
        }
        LatencySummary Of(string? kind) => LatencySummary.Of(timings.Where(t => kind is null || t.Kind == kind).Select(t => t.Millis).ToList());
        var measure = new PeerSearch(engine, Of(null), Of(PeerQueryMix.Headline), Of(PeerQueryMix.Words), errors.Count, errors.Take(5).ToList());
        log.WriteLine($"  {engine}: p50 {measure.All.P50:N2} ms, p99 {measure.All.P99:N2} ms, {errors.Count} errors");
        foreach (var error in measure.ErrorSamples) log.WriteLine($"    error: {error}");
        return measure;
    }

    /// <returns>Null, or why the query was refused.</returns>
    private static string? Try(Func<string, int> search, string query)
    {
        try { search(query); return null; }
        catch (QuerySyntaxException refused) { return refused.Message; }
    }
}
