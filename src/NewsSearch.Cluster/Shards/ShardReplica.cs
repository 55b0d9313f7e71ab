using Microsoft.Extensions.Logging;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// One shard's Lucene index on this silo, kept up to date from the store: it reads the shard's articles in sequence
/// order after its high-water mark (kept in the index's commit data, so a restart goes on where it stopped) and
/// commits each batch. A folder with no index, an index of another analysis version, or one ahead of the store (the
/// store was replaced) is rebuilt from the store. The shard is <see cref="Ready"/> once it has read everything the
/// store held when it opened; until then a search reports it missing.
/// </summary>
internal sealed class ShardReplica : IDisposable
{
    internal const string StoreSeqKey = "store_seq";
    private const int BatchSize = 2000;

    private readonly ArticleStore store;
    private readonly ILogger log;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task catchingUp;
    private long highWater;
    private volatile bool ready;

    public ShardReplica(int shard, string folder, ArticleStore store, TimeSpan pollEvery, ILogger log)
    {
        Shard = shard;
        this.store = store;
        this.log = log;
        Index = NewsIndex.Open(folder);
        var rebuild = !Index.HasCommit || !Index.IsCompatible
            || !long.TryParse(Index.CommitData.GetValueOrDefault(StoreSeqKey), out highWater);
        if (rebuild)
        {
            highWater = 0;
            Commit([], rebuild: true);
        }
        var searcher = new NewsSearcher(Index);
        Search = new ShardSearch(Index, searcher);
        Mentions = new ShardMentions(Index);
        Related = new ShardRelated(Index);
        Facts = new ShardFacts(Index, searcher);
        Advice = new ShardAdvice(Index);
        catchingUp = Task.Run(() => CatchUp(pollEvery, rebuild, stopping.Token));
    }

    public int Shard { get; }
    public NewsIndex Index { get; }
    public ShardSearch Search { get; }
    public ShardMentions Mentions { get; }
    public ShardRelated Related { get; }
    public ShardFacts Facts { get; }
    public ShardAdvice Advice { get; }
    public bool Ready => ready;
    public long HighWater => Interlocked.Read(ref highWater);

    private async Task CatchUp(TimeSpan pollEvery, bool rebuilding, CancellationToken stop)
    {
        long target = -1;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (target < 0)
                {
                    target = await store.LastSeqAsync(Shard, stop);
                    if (target < HighWater)
                    {
                        log.LogWarning("shard {Shard}: the local index is ahead of the store ({Local} > {Store}); rebuilding",
                            Shard, HighWater, target);
                        Interlocked.Exchange(ref highWater, 0);
                        Commit([], rebuild: true);
                        rebuilding = true;
                    }
                }
                var batch = await store.ReadShardAsync(Shard, HighWater, BatchSize, stop);
                if (batch.Count > 0)
                {
                    Commit(batch, rebuild: false);
                    Index.Searcher.Refresh();
                }
                if (!ready && HighWater >= target)
                {
                    ready = true;
                    log.LogInformation("shard {Shard}: {Mode} up to seq {Seq}", Shard, rebuilding ? "rebuilt" : "caught up", HighWater);
                }
                if (batch.Count < BatchSize) await Task.Delay(pollEvery, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "shard {Shard}: catching up from the store failed; retrying", Shard);
                try { await Task.Delay(TimeSpan.FromSeconds(1), stop); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Indexes the batch and records its last sequence number in the same commit.</summary>
    private void Commit(IReadOnlyList<StoredArticle> batch, bool rebuild)
    {
        var last = batch.Count > 0 ? batch[^1].Seq : HighWater;
        ArticleIndexer.Run(Index, batch.Select(a => ReadOutcome.Of(a.Article)), new IndexRunOptions
        {
            Rebuild = rebuild,
            WriterThreads = 1,
            RamBufferMB = 16,
            ExtraCommitData = new Dictionary<string, string> { [StoreSeqKey] = last.ToString() },
        });
        Interlocked.Exchange(ref highWater, last);
    }

    public void Dispose()
    {
        stopping.Cancel();
        try { catchingUp.Wait(TimeSpan.FromSeconds(10)); }
        catch (AggregateException) { }
        Index.Dispose();
        stopping.Dispose();
    }
}
