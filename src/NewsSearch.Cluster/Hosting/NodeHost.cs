using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using Orleans.Configuration;

namespace NewsSearch.Cluster.Hosting;

/// <summary>
/// A NewsSearch silo process (<c>newssearch node</c>): joins the cluster through Orleans' Redis clustering at the
/// address <c>cluster init</c> recorded in the store, and hosts whichever shards Orleans places on it.
/// </summary>
public static class NodeHost
{
    public static async Task<IHost> BuildAsync(NodeOptions options, CancellationToken cancel = default)
    {
        if (!IPAddress.TryParse(options.Address, out var address))
            throw new ClusterException($"--address must be an IP address, not '{options.Address}'");
        if (options.Port is < 1 or > 65534) throw new ClusterException($"--port must be between 1 and 65534, not {options.Port}");
        var info = await StoreSchema.ReadAsync(options.Store, cancel);
        Directory.CreateDirectory(options.DataFolder);
        return Host.CreateDefaultBuilder()
            .ConfigureLogging(logs => logs.SetMinimumLevel(LogLevel.Warning).AddFilter("NewsSearch", LogLevel.Information))
            .UseOrleans(silo =>
            {
                silo.UseRedisClustering(info.Membership);
                silo.Configure<ClusterOptions>(SiloSetup.Identify);
                silo.ConfigureEndpoints(address, options.Port, options.GatewayPort, listenOnAnyHostAddress: false);
                silo.AddNewsSearchShards(new ShardHostOptions(Path.GetFullPath(options.DataFolder), options.Store));
            })
            .Build();
    }
}
