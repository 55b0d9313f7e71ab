using NewsSearch.Cluster.Hosting;
using NewsSearch.Cluster.Searching;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;
using Orleans.TestingHost;

namespace NewsSearch.Cluster.Tests.Support;

/// <summary>
/// A NewsSearch cluster in this process: a fresh store database, Orleans' in-process test cluster of
/// <paramref name="silos"/> silos on 127.0.0.1, each with its own data folder, and a coordinator.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private TestCluster(TestDatabase database, ArticleStore store, InProcessTestCluster orleans, TempFolder data)
    {
        Database = database;
        Store = store;
        Orleans = orleans;
        Data = data;
        // Generous: the whole suite runs test assemblies side by side on two cores, and a slow shard must not count as missing
        // nor time a mention search out (the one index they are compared with has no mention budget either).
        Searcher = new ClusterSearcher(orleans.Client, store.Shards)
        {
            ShardTimeout = TimeSpan.FromSeconds(30), MentionBudget = Core.People.MentionBudget.Unlimited,
        };
    }

    public TestDatabase Database { get; }
    public ArticleStore Store { get; }
    public InProcessTestCluster Orleans { get; }
    public TempFolder Data { get; }
    public ClusterSearcher Searcher { get; }

    public static async Task<TestCluster> StartAsync(IReadOnlyList<Article> articles, int silos = 3, int shards = 8)
    {
        var database = new TestDatabase();
        await StoreSchema.InitAsync(database.DataSource, shards);
        var store = await ArticleStore.OpenAsync(database.DataSource);
        await store.WriteAsync(articles);
        var data = new TempFolder();
        var options = new ShardHostOptions(data.Path, database.ConnectionString) { FolderPerSilo = true };
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.ConfigureSilo((_, silo) => silo.AddNewsSearchShards(options));
        var orleans = builder.Build();
        await orleans.DeployAsync();
        var cluster = new TestCluster(database, store, orleans, data);
        await cluster.WaitUntilCaughtUpAsync();
        return cluster;
    }

    public IShardGrain Shard(int shard) => Orleans.Client.GetGrain<IShardGrain>(shard);

    /// <summary>Waits until every shard is ready and has read everything the store holds.</summary>
    public async Task WaitUntilCaughtUpAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        Exception? last = null;
        while (true)
        {
            var caughtUp = 0;
            for (var shard = 0; shard < Store.Shards; shard++)
            {
                try
                {
                    var status = await Shard(shard).Status().WaitAsync(TimeSpan.FromSeconds(3));
                    if (status.Ready && status.HighWater >= await Store.LastSeqAsync(shard)) caughtUp++;
                }
                catch (Exception e) when (DateTime.UtcNow < deadline) { last = e; }
            }
            if (caughtUp == Store.Shards) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Store.Shards - caughtUp} shards did not catch up with the store", last);
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Orleans.DisposeAsync();
        await Database.DisposeAsync();
        Data.Dispose();
    }
}
