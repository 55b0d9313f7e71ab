using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Store;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A silo's shards: opens each shard's index under the silo's data folder (<c>shard-K-of-N</c>) and closes them
/// when their grains deactivate or the silo stops.
/// </summary>
internal sealed class ShardHost : IDisposable
{
    private readonly ShardHostOptions options;
    private readonly Npgsql.NpgsqlDataSource db;
    private readonly Lazy<Task<ArticleStore>> store;
    private readonly ILoggerFactory logs;
    private readonly HashSet<ShardReplica> open = [];

    public ShardHost(ShardHostOptions options, string siloName, ILoggerFactory logs)
    {
        this.options = options;
        this.logs = logs;
        SiloName = siloName;
        db = StoreConnection.Open(options.StoreConnection);
        store = new Lazy<Task<ArticleStore>>(() => ArticleStore.OpenAsync(db));
    }

    public string SiloName { get; }
    public async Task<int> ShardsAsync() => (await store.Value).Shards;

    public async Task<ShardReplica> OpenAsync(int shard)
    {
        var articles = await store.Value;
        var root = options.FolderPerSilo ? Path.Combine(options.DataFolder, SiloName) : options.DataFolder;
        var folder = Path.Combine(root, $"shard-{shard}-of-{articles.Shards}");
        var replica = new ShardReplica(shard, folder, articles, options.PollEvery, logs.CreateLogger<ShardReplica>());
        lock (open) open.Add(replica);
        return replica;
    }

    public void Close(ShardReplica replica)
    {
        lock (open) open.Remove(replica);
        replica.Dispose();
    }

    public void Dispose()
    {
        ShardReplica[] left;
        lock (open) left = [.. open];
        foreach (var replica in left) Close(replica);
        db.Dispose();
    }
}
