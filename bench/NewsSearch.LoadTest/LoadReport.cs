using System.Net;

namespace NewsSearch.LoadTest;

public static class LoadReport
{
    public static void Write(TextWriter o, LoadOptions options, LoadRun run, double seconds, double indexSeconds, int indexExit,
        int added, HttpStatusCode[] before, HttpStatusCode[] after)
    {
        var all = run.Samples.ToList();
        o.WriteLine($"Load test {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {options.Clients} clients on 127.0.0.1 for {seconds:0} s; " +
            $"`index` of {added:N0} added articles started at {options.IndexAt} s, took {indexSeconds:0.0} s, exit {indexExit}.");
        o.WriteLine($"Base: {Path.GetFileName(options.Base)}; added: {Path.GetFileName(options.Added)}. Machine: {Environment.ProcessorCount} cores.");
        o.WriteLine();
        o.WriteLine("| phase | requests | unexpected | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var phase in Enum.GetValues<Phase>())
            Row(o, Label(phase), all.Where(s => s.Phase == phase).ToList(), null);
        Row(o, "**all**", all, seconds);
        o.WriteLine();
        o.WriteLine($"Added articles (first, middle, last) before the index run: {string.Join(", ", before.Select(s => (int)s))}; " +
            $"after its commit: {string.Join(", ", after.Select(s => (int)s))}.");
    }

    private static void Row(TextWriter o, string label, List<Sample> samples, double? seconds)
    {
        if (samples.Count == 0) return;
        var ms = samples.Select(s => s.Ms).Order().ToArray();
        var rate = seconds is { } s ? $"{samples.Count / s:0}" : "";
        o.WriteLine($"| {label} | {samples.Count:N0} | {samples.Count(s => !s.Expected)} | {rate} | {P(ms, 0.50):0.0} | {P(ms, 0.95):0.0} | {P(ms, 0.99):0.0} | {ms[^1]:0.0} |");
    }

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string Label(Phase phase) => phase switch
    {
        Phase.BeforeIndexRun => "before the index run",
        Phase.DuringIndexRun => "while `index` writes",
        _ => "after its commit",
    };
}
