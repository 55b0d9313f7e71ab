using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsSearch.LoadTest;

/// <summary>
/// <c>--hostile N</c>: N generated requests (<see cref="HostileRequests"/>) from a few clients at once against one
/// index. Passes when no answer is a server error other than 503, no body shows a stack trace or a file path, none
/// takes over <see cref="MaxSeconds"/>, and the API's resident memory (sampled, and the kernel's high-water mark)
/// stays under <see cref="MaxResidentBytes"/>.
/// </summary>
public sealed class HostileLoad(HttpClient http, IReadOnlyList<HostileRequest> requests, string[] privatePaths)
{
    public const double MaxSeconds = 5.5;
    public const long MaxResidentBytes = 600L << 20;

    public sealed record Result(string Kind, int Status, double Ms, string? Leak);

    public ConcurrentBag<Result> Results { get; } = [];

    public Task Run(int clients)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests.Count; i = Interlocked.Increment(ref next))
                Results.Add(await Send(requests[i]));
        })));
    }

    private async Task<Result> Send(HostileRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Path);
        if (request.Host is { } host) message.Headers.Host = host;
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            return new Result(request.Kind, (int)response.StatusCode, clock.Elapsed.TotalMilliseconds, Leak(body, request.Path));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Result(request.Kind, 0, clock.Elapsed.TotalMilliseconds, $"{request.Path}: {e.GetType().Name}");
        }
    }

    /// <summary>What in a body gives the server away: a stack frame, an exception name, a file path of the machine.</summary>
    private string? Leak(string body, string path)
    {
        string[] markers = ["   at ", "Exception:", "Exception (", "System.", "Lucene.Net.", .. privatePaths];
        return markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } found ? $"{path}: body contains \"{found.Trim()}\"" : null;
    }

    /// <summary>Resident memory of a process, sampled from /proc until cancelled: the largest sample and the kernel's high-water mark.</summary>
    public static async Task<(long Sampled, long HighWater)> WatchMemory(int pid, CancellationToken stop)
    {
        long sampled = 0, highWater = 0;
        while (true)
        {
            try
            {
                foreach (var line in await File.ReadAllLinesAsync($"/proc/{pid}/status", CancellationToken.None))
                {
                    if (line.StartsWith("VmRSS:")) sampled = Math.Max(sampled, Kilobytes(line) << 10);
                    if (line.StartsWith("VmHWM:")) highWater = Kilobytes(line) << 10;
                }
            }
            catch (IOException)
            {
                return (sampled, highWater); // the process has gone
            }
            if (stop.IsCancellationRequested) return (sampled, highWater);
            try { await Task.Delay(100, stop); } catch (TaskCanceledException) { }
        }
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

    public void Report(TextWriter o, int clients, double seconds, (long Sampled, long HighWater) memory)
    {
        var all = Results.ToList();
        o.WriteLine($"Hostile load {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {all.Count:N0} requests from {clients} clients on 127.0.0.1 in {seconds:0} s " +
            $"({all.Count / seconds:0}/s). Machine: {Environment.ProcessorCount} cores.");
        o.WriteLine();
        o.WriteLine("| kind | requests | 200 | 400 | 404 | 503 | other | p50 ms | p99 ms | max ms |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in all.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)) Row(o, group.Key, [.. group]);
        Row(o, "**all**", all);
        o.WriteLine();
        o.WriteLine($"Server errors other than 503: {ServerErrors(all)}. Bodies with a stack trace, exception or path: {all.Count(r => r.Leak is not null)}. " +
            $"Answers over {MaxSeconds} s: {all.Count(r => r.Ms > MaxSeconds * 1000)}. " +
            $"API resident memory: largest sample {memory.Sampled >> 20} MB, high-water mark (VmHWM) {memory.HighWater >> 20} MB (limit {MaxResidentBytes >> 20} MB).");
    }

    public bool Passed((long Sampled, long HighWater) memory) =>
        ServerErrors(Results) == 0 && Results.All(r => r.Leak is null && r.Ms <= MaxSeconds * 1000 && r.Status != 0)
        && Math.Max(memory.Sampled, memory.HighWater) < MaxResidentBytes;

    private static int ServerErrors(IEnumerable<Result> results) => results.Count(r => r.Status >= 500 && r.Status != 503);

    private static void Row(TextWriter o, string kind, List<Result> results)
    {
        var ms = results.Select(r => r.Ms).Order().ToArray();
        int Count(int status) => results.Count(r => r.Status == status);
        var other = results.Count(r => r.Status is not (200 or 400 or 404 or 503));
        o.WriteLine($"| {kind} | {results.Count:N0} | {Count(200):N0} | {Count(400):N0} | {Count(404):N0} | {Count(503):N0} | {other} | " +
            $"{ms[ms.Length / 2]:0.0} | {ms[Math.Min(ms.Length - 1, (int)(ms.Length * 0.99))]:0.0} | {ms[^1]:0.0} |");
    }
}
