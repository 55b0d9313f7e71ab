using System.Text;

namespace NewsSearch.Bench;

public sealed record PeerTarget(string Target, string Goal, double Median, bool Met, IReadOnlyList<double> PerRound);

public sealed record PeerResults(Machine Machine, string Command, IReadOnlyList<string> Corpus, int Queries, int Seed,
    IReadOnlyList<PeerRound> Rounds, IReadOnlyList<PeerTarget> Targets);

/// <summary>The peer comparison as markdown: each round's indexing and search, then issue 22's ratios (median of the rounds).</summary>
public static class PeerReport
{
    public static IReadOnlyList<PeerTarget> Targets(IReadOnlyList<PeerRound> rounds)
    {
        PeerTarget Ratio(string target, string goal, Func<PeerRound, double> ratio, Func<double, bool> met)
        {
            var values = rounds.Select(ratio).ToList();
            var median = values.Order().ElementAt(values.Count / 2);
            return new PeerTarget(target, goal, median, met(median), values);
        }
        double P99(PeerRound round, string engine) => round.Searches.Single(s => s.Engine == engine).All.P99;
        return
        [
            Ratio("indexing articles/s, NewsSearch ÷ stock", "≥ 0.8", r => r.NewsSearch.ArticlesPerSecond / r.Stock.ArticlesPerSecond, v => v >= 0.8),
            Ratio("index size, NewsSearch ÷ stock", "≤ 1.5", r => (double)r.NewsSearch.IndexBytes / r.Stock.IndexBytes, v => v <= 1.5),
            Ratio("p99, literal ranking ÷ typed search (both with snippets)", "≤ 2",
                r => P99(r, PeerComparison.Literal) / P99(r, PeerComparison.Typed), v => v <= 2),
            Ratio("p99, typed search with snippets ÷ stock search only", "≤ 2",
                r => P99(r, PeerComparison.Typed) / P99(r, PeerComparison.Stock), v => v <= 2),
        ];
    }

    public static string Render(PeerResults results)
    {
        var md = new StringBuilder();
        md.AppendLine($"## Peer comparison ({results.Machine.StartedUtc:yyyy-MM-dd HH:mm} UTC)").AppendLine();
        md.AppendLine($"`{results.Command}`; {results.Machine.Cores} cores, load at start {results.Machine.LoadAtStart}; " +
                      $"{results.Queries} queries, seed {results.Seed}.").AppendLine();
        md.AppendLine("| round | engine | index s | articles/s | index MB | p50 / p99 ms, all | headlines | one or two words | errors |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var n = 0;
        foreach (var round in results.Rounds)
        {
            n++;
            foreach (var indexing in new[] { round.Stock, round.NewsSearch })
                md.AppendLine($"| {n} | {indexing.Engine} | {indexing.Seconds:N1} | {indexing.ArticlesPerSecond:N0} | {indexing.IndexBytes / 1e6:N1} | | | | |");
            foreach (var search in round.Searches)
                md.AppendLine($"| {n} | {search.Engine} | | | | {Pair(search.All)} | {Pair(search.Headlines)} | {Pair(search.Words)} | {search.Errors} |");
        }
        md.AppendLine().AppendLine("| target (issue 22) | goal | median | per round | met |").AppendLine("|---|---|---|---|---|");
        foreach (var target in results.Targets)
            md.AppendLine($"| {target.Target} | {target.Goal} | {target.Median:N2} | {string.Join(", ", target.PerRound.Select(v => v.ToString("N2")))} | {(target.Met ? "yes" : "no")} |");
        return md.ToString();
    }

    private static string Pair(LatencySummary latency) => $"{latency.P50:N2} / {latency.P99:N2}";
}
