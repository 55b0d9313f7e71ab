using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// The grain of one shard: on activation it opens (or rebuilds) the shard's index on this silo through
/// <see cref="ShardHost"/>; Orleans decides the silo and moves the shard when its silo dies. Searches interleave: the
/// index is safe for concurrent readers and catches up on its own thread. Shards are placed by a hash of their
/// id over the silos alive, so they spread over them.
/// </summary>
[Reentrant]
[HashBasedPlacement]
internal sealed class ShardGrain(ShardHost host, ILogger<ShardGrain> log) : Grain, IShardGrain
{
    private ShardReplica? replica;

    private int Shard => (int)this.GetPrimaryKeyLong();
    private ShardReplica Replica => replica ?? throw new InvalidOperationException("the shard is not open");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        replica = await host.OpenAsync(Shard);
        log.LogInformation("shard {Shard} opened on {Silo}", Shard, host.SiloName);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (replica is not null) host.Close(replica);
        replica = null;
        return Task.CompletedTask;
    }

    public Task<ShardStatus> Status()
    {
        DelayDeactivation(TimeSpan.FromMinutes(10));
        return Task.FromResult(new ShardStatus(Shard, host.SiloName, Replica.Ready, Replica.HighWater,
            Replica.Ready ? Replica.Index.Searcher.Use(s => s.IndexReader.NumDocs) : 0));
    }

    public Task<ShardStatistics> Statistics(ShardQuery query) =>
        Task.FromResult(Replica.Ready ? Replica.Search.Statistics(query) : ShardStatistics.NotReady);

    public Task<ShardPage> Search(ShardQuery query, GlobalStatistics statistics) =>
        Task.FromResult(Replica.Ready ? Replica.Search.Search(query, statistics) : ShardPage.NotReady);

    public Task<string> Hits(ShardQuery query, string[] ids, GlobalStatistics statistics) =>
        Task.FromResult(JsonSerializer.Serialize(Replica.Search.Hits(query, ids, statistics)));
}
