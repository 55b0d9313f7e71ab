using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Shards;
using Orleans.Configuration;

namespace NewsSearch.Cluster.Hosting;

/// <summary>What every NewsSearch silo has, whatever its membership provider: the shard grains' host and keeper.</summary>
public static class SiloSetup
{
    public const string ClusterId = "newssearch";

    /// <summary>Which Orleans cluster and service a silo or client belongs to: NewsSearch's, whatever the store.</summary>
    public static void Identify(ClusterOptions cluster)
    {
        cluster.ClusterId = ClusterId;
        cluster.ServiceId = ClusterId;
    }

    public static ISiloBuilder AddNewsSearchShards(this ISiloBuilder silo, ShardHostOptions options)
    {
        silo.Services.AddSingleton(services => new ShardHost(options,
            services.GetRequiredService<ILocalSiloDetails>().Name, services.GetRequiredService<ILoggerFactory>()));
        silo.Services.AddHostedService<ShardKeeper>();
        // A dead silo is declared dead after ~6 s of missed probes, not Orleans' default of about half a minute: its
        // shards move sooner (and are reported missing until then). Shorter made busy silos suspect each other on a
        // loaded two-core machine.
        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = TimeSpan.FromSeconds(2);
            membership.NumMissedProbesLimit = 3;
            membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
        return silo;
    }
}
