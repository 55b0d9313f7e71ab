using System.Diagnostics;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Bench;

public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IReadOnlyCollection<double> millis)
    {
        if (millis.Count == 0) return new LatencySummary(0, 0, 0, 0, 0, 0);
        var sorted = millis.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], sorted.Average());
    }
}

public sealed record KindLatency(string Kind, LatencySummary Latency, double MedianHits);

public sealed record SlowQuery(string Kind, string Query, int Hits, double Millis);

public sealed record SearchMeasure(
    int Queries, int Errors, LatencySummary OneThread, double QueriesPerSecondOneThread, double QueriesPerSecondTwoThreads,
    IReadOnlyList<KindLatency> PerKind, IReadOnlyList<SlowQuery> Slowest, IReadOnlyList<string> ErrorSamples);

/// <summary>
/// Runs the query mix through <see cref="NewsSearcher"/> (top 10 with snippets, one shared searcher):
/// a warm-up pass, then every query once on one thread (latencies), then the mix on two threads at once (throughput).
/// </summary>
public static class SearchBench
{
    public static SearchMeasure Run(NewsIndex index, IReadOnlyList<BenchQuery> mix)
    {
        var searcher = new NewsSearcher(index);
        foreach (var query in mix.Take(Math.Max(50, mix.Count / 5))) TrySearch(searcher, query.Text);

        var timings = new List<(BenchQuery Query, int Hits, double Millis)>();
        var errors = new List<string>();
        var clock = Stopwatch.StartNew();
        foreach (var query in mix)
        {
            var start = clock.Elapsed;
            var hits = TrySearch(searcher, query.Text);
            var millis = (clock.Elapsed - start).TotalMilliseconds;
            if (hits is { } n) timings.Add((query, n, millis));
            else errors.Add($"{query.Kind}: {query.Text}");
        }
        var oneThreadSeconds = clock.Elapsed.TotalSeconds;

        return new SearchMeasure(
            mix.Count, errors.Count,
            LatencySummary.Of(timings.Select(t => t.Millis).ToList()),
            mix.Count / oneThreadSeconds,
            TwoThreads(searcher, mix),
            timings.GroupBy(t => t.Query.Kind).OrderBy(g => g.Key)
                .Select(g => new KindLatency(g.Key, LatencySummary.Of(g.Select(t => t.Millis).ToList()), Median(g.Select(t => (double)t.Hits))))
                .ToList(),
            timings.OrderByDescending(t => t.Millis).Take(10).Select(t => new SlowQuery(t.Query.Kind, t.Query.Text, t.Hits, t.Millis)).ToList(),
            errors.Take(10).ToList());
    }

    /// <returns>Total hits, or null when the query failed (counted as an error, not timed).</returns>
    private static int? TrySearch(NewsSearcher searcher, string query)
    {
        try { return searcher.Search(new SearchRequest(query)).TotalHits; }
        catch (QuerySyntaxException) { return null; }
    }

    private static double TwoThreads(NewsSearcher searcher, IReadOnlyList<BenchQuery> mix)
    {
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            for (var i = 0; i < mix.Count; i++) TrySearch(searcher, mix[(i + t * mix.Count / 2) % mix.Count].Text);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return 2 * mix.Count / clock.Elapsed.TotalSeconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
