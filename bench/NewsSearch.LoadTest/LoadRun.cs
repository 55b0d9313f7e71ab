using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace NewsSearch.LoadTest;

public enum Phase { BeforeIndexRun, DuringIndexRun, AfterCommit }

public sealed record Sample(Phase Phase, double Ms, bool Expected);

/// <summary>N clients sending the mix in a loop on loopback until told to stop, each request checked against its expected status.</summary>
public sealed class LoadRun(HttpClient http, IReadOnlyList<LoadQuery> mix)
{
    public ConcurrentBag<Sample> Samples { get; } = [];
    public ConcurrentQueue<string> Unexpected { get; } = new();
    public volatile Phase Phase = Phase.BeforeIndexRun;

    public Task Run(int clients, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => Client(c, stop))));

    private async Task Client(int client, CancellationToken stop)
    {
        for (var i = client * 97; !stop.IsCancellationRequested; i++)
        {
            var query = mix[i % mix.Count];
            var phase = Phase;
            var clock = Stopwatch.StartNew();
            bool expected;
            try
            {
                using var response = await http.GetAsync(query.Path, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                expected = (int)response.StatusCode == query.ExpectedStatus;
                if (!expected) Unexpected.Enqueue($"{query.Kind} {query.Path}: {(int)response.StatusCode}, expected {query.ExpectedStatus}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                expected = false;
                Unexpected.Enqueue($"{query.Kind} {query.Path}: {e.GetType().Name} {e.Message}");
            }
            Samples.Add(new Sample(phase, clock.Elapsed.TotalMilliseconds, expected));
        }
    }

    public static async Task<HttpStatusCode> Status(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }
}
