using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Searching;
using NewsSearch.Cluster.Store;
using Orleans.Configuration;

namespace NewsSearch.Cluster.Hosting;

/// <summary>
/// A client of the cluster for the CLI and the API: finds the silos through the membership server recorded in the
/// store and searches through a <see cref="ClusterSearcher"/>. Dispose to leave.
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost host;

    private ClusterConnection(IHost host, ClusterSearcher searcher)
    {
        this.host = host;
        Searcher = searcher;
    }

    public ClusterSearcher Searcher { get; }

    /// <exception cref="ClusterException">The store is unreachable or not initialised, or no silo is up.</exception>
    public static async Task<ClusterConnection> ConnectAsync(string store, CancellationToken cancel = default)
    {
        var info = await StoreSchema.ReadAsync(store, cancel);
        // Not Host.CreateDefaultBuilder: it reads an appsettings.json in the working folder, whose log levels would
        // put Orleans' log lines on stdout, before a command's --json. The client logs to stderr only.
        var host = new HostBuilder()
            .ConfigureLogging(logs => logs
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(Environment.GetEnvironmentVariable("NEWSSEARCH_CLUSTER_LOG") is null ? LogLevel.Error : LogLevel.Debug))
            .UseOrleansClient(client =>
            {
                client.UseRedisClustering(info.Membership);
                client.Configure<ClusterOptions>(SiloSetup.Identify);
            })
            .Build();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await host.StartAsync(timeout.Token);
        }
        catch (Exception e) when (e is not ClusterException)
        {
            host.Dispose();
            throw new ClusterException($"cannot reach the cluster through {info.Membership}" +
                $": is a `newssearch node` running? ({e.Message})", e);
        }
        return new ClusterConnection(host, new ClusterSearcher(host.Services.GetRequiredService<IClusterClient>(), info.Shards));
    }

    public async ValueTask DisposeAsync()
    {
        try { await host.StopAsync(TimeSpan.FromSeconds(5)); }
        finally { host.Dispose(); }
    }
}
