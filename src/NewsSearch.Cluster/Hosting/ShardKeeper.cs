using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Shards;

namespace NewsSearch.Cluster.Hosting;

/// <summary>
/// Asks every shard for its status every couple of seconds from every silo, so that each shard is always active
/// somewhere: it keeps catching up from the store between searches, and after a silo dies Orleans activates its
/// shards on the others at once (they rebuild there) instead of at the next search.
/// </summary>
internal sealed class ShardKeeper(IGrainFactory grains, ShardHost host, ILogger<ShardKeeper> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, stop);
                await Task.WhenAll(Enumerable.Range(0, await host.ShardsAsync()).Select(shard =>
                    grains.GetGrain<IShardGrain>(shard).Status().WaitAsync(Every, stop)));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogDebug(e, "a shard did not answer its status");
            }
        }
    }
}
