using Microsoft.Extensions.Logging.Abstractions;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using NewsSearch.Cluster.Tests.Support;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Tests.Shards;

public class ShardReplicaTests
{
    private static ShardReplica Open(string folder, ArticleStore store, int shard = 0) =>
        new(shard, folder, store, TimeSpan.FromMilliseconds(50), NullLogger.Instance);

    private static async Task WaitReady(ShardReplica replica)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!replica.Ready)
        {
            Assert.True(DateTime.UtcNow < deadline, "the shard never became ready");
            await Task.Delay(20);
        }
    }

    private static int Count(ShardReplica replica)
    {
        replica.Index.Searcher.Refresh();
        return replica.Index.Searcher.Use(s => s.IndexReader.NumDocs);
    }

    [ClusterFact]
    public async Task Without_a_local_copy_a_shard_is_not_ready_until_it_has_rebuilt_from_the_store()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 2);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        var articles = TestCorpus.Articles(400);
        await store.WriteAsync(articles);
        using var folder = new TempFolder();

        using var replica = Open(folder.Path, store);
        Assert.False(replica.Ready);
        await WaitReady(replica);
        Assert.Equal(articles.Count(a => ShardHash.ShardOf(a.Id, 2) == 0), Count(replica));
        Assert.Equal(await store.LastSeqAsync(0), replica.HighWater);
    }

    [ClusterFact]
    public async Task A_reopened_shard_goes_on_from_its_high_water_mark_and_a_changed_article_replaces_the_old()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 1);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        var articles = TestCorpus.Articles(50);
        await store.WriteAsync(articles);
        using var folder = new TempFolder();
        long mark;
        using (var first = Open(folder.Path, store))
        {
            await WaitReady(first);
            mark = first.HighWater;
        }
        await store.WriteAsync([articles[5] with { Body = "نص معدل زعفرانة" }]);

        using var again = Open(folder.Path, store);
        Assert.Equal(mark, again.HighWater);
        await WaitReady(again);
        Assert.True(again.HighWater > mark);
        Assert.Equal(articles.Count, Count(again));
        Assert.Equal(1, again.Search.Search(ShardQuery.For(new SearchRequest("زعفرانة"), SearchPhase.AllWords, 10),
            GlobalStatistics.Sum([again.Search.Statistics(ShardQuery.For(new SearchRequest("زعفرانة"), SearchPhase.AllWords, 10))])).TotalHits);
    }

    [ClusterFact]
    public async Task A_local_copy_ahead_of_the_store_is_rebuilt_from_the_store()
    {
        using var folder = new TempFolder();
        await using (var old = new TestDatabase())
        {
            await StoreSchema.InitAsync(old.DataSource, 1);
            var store = await ArticleStore.OpenAsync(old.DataSource);
            await store.WriteAsync(TestCorpus.Articles(30));
            using var replica = Open(folder.Path, store);
            await WaitReady(replica);
        }
        await using var fresh = new TestDatabase();
        await StoreSchema.InitAsync(fresh.DataSource, 1);
        var freshStore = await ArticleStore.OpenAsync(fresh.DataSource);
        await freshStore.WriteAsync(TestCorpus.Articles(5, seed: 99).Take(5));

        using var rebuilt = Open(folder.Path, freshStore);
        await WaitReady(rebuilt);
        Assert.Equal(5, Count(rebuilt));
    }
}
