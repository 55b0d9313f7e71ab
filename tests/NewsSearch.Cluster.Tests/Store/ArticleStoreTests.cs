using NewsSearch.Cluster.Store;
using NewsSearch.Cluster.Tests.Support;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cluster.Tests.Store;

public class ArticleStoreTests
{
    private static Article Sample(string id, string body = "نص الخبر") => new(id, "عنوان " + id, body)
    {
        Source = "okaz",
        Published = new DateTimeOffset(2015, 3, 1, 10, 30, 0, TimeSpan.Zero),
        PublishedText = "2015-03-01",
        Url = $"https://example.org/{id}",
    };

    [ClusterFact]
    public async Task Init_creates_the_schema_once_and_keeps_the_shard_count()
    {
        await using var db = new TestDatabase();
        Assert.Equal(new ClusterInfo(StoreSchema.CurrentVersion, 8, StoreSchema.DefaultMembership), await StoreSchema.InitAsync(db.DataSource, 8));
        Assert.Equal(new ClusterInfo(StoreSchema.CurrentVersion, 8, StoreSchema.DefaultMembership), await StoreSchema.InitAsync(db.DataSource, 8));
        Assert.Equal(8, (await StoreSchema.ReadAsync(db.DataSource)).Shards);
        var refused = await Assert.ThrowsAsync<ClusterException>(() => StoreSchema.InitAsync(db.DataSource, 4));
        Assert.Contains("initialised with 8 shards", refused.Message);
    }

    [ClusterFact]
    public async Task A_store_without_init_is_refused_with_what_to_run()
    {
        await using var db = new TestDatabase();
        var refused = await Assert.ThrowsAsync<ClusterException>(() => ArticleStore.OpenAsync(db.DataSource));
        Assert.Contains("cluster init", refused.Message);
    }

    [ClusterFact]
    public async Task Writing_the_same_articles_again_adds_nothing()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 8);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        var articles = Enumerable.Range(1, 250).Select(i => Sample($"a{i}")).ToList();

        Assert.Equal(new StoreReport(250, 0, 0), await store.WriteAsync(articles, batchSize: 100));
        var lastSeqs = await LastSeqs(store);
        Assert.Equal(new StoreReport(0, 0, 250), await store.WriteAsync(articles, batchSize: 100));

        Assert.Equal(250, await store.CountAsync());
        Assert.Equal(lastSeqs, await LastSeqs(store));
    }

    [ClusterFact]
    public async Task A_changed_article_is_one_row_with_a_higher_sequence_number()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 8);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        await store.WriteAsync([Sample("x"), Sample("y")]);
        var shard = ShardHash.ShardOf("x", 8);
        var before = (await store.ReadShardAsync(shard, 0, 10)).Single(a => a.Article.Id == "x");

        Assert.Equal(new StoreReport(0, 1, 1), await store.WriteAsync([Sample("x", "نص جديد"), Sample("y")]));

        var after = (await store.ReadShardAsync(shard, 0, 10)).Single(a => a.Article.Id == "x");
        Assert.Equal("نص جديد", after.Article.Body);
        Assert.True(after.Seq > before.Seq);
        Assert.Equal(2, await store.CountAsync());
    }

    [ClusterFact]
    public async Task Within_one_batch_the_last_copy_of_an_id_wins()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 8);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        Assert.Equal(new StoreReport(1, 0, 1), await store.WriteAsync([Sample("x", "الأول"), Sample("x", "الثاني")]));
        var stored = await store.ReadShardAsync(ShardHash.ShardOf("x", 8), 0, 10);
        Assert.Equal("الثاني", Assert.Single(stored).Article.Body);
    }

    [ClusterFact]
    public async Task Each_shard_reads_back_exactly_its_articles_in_sequence_order_and_unchanged()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 4);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        var articles = Enumerable.Range(1, 40).Select(i => Sample($"a{i}")).Append(new Article("bare", "عنوان", "نص")).ToList();
        await store.WriteAsync(articles, batchSize: 7);

        var read = new List<StoredArticle>();
        for (var shard = 0; shard < 4; shard++)
        {
            var own = await store.ReadShardAsync(shard, 0, 1000);
            Assert.All(own, a => Assert.Equal(shard, ShardHash.ShardOf(a.Article.Id, 4)));
            Assert.Equal(own.OrderBy(a => a.Seq).Select(a => a.Seq), own.Select(a => a.Seq));
            read.AddRange(own);
        }
        Assert.Equal(articles.OrderBy(a => a.Id, StringComparer.Ordinal), read.Select(a => a.Article).OrderBy(a => a.Id, StringComparer.Ordinal));
    }

    [ClusterFact]
    public async Task Reading_after_a_sequence_number_returns_only_what_came_later()
    {
        await using var db = new TestDatabase();
        await StoreSchema.InitAsync(db.DataSource, 1);
        var store = await ArticleStore.OpenAsync(db.DataSource);
        await store.WriteAsync(Enumerable.Range(1, 10).Select(i => Sample($"a{i}")));
        var first = await store.ReadShardAsync(0, 0, 4);
        var rest = await store.ReadShardAsync(0, first[^1].Seq, 100);
        Assert.Equal(4, first.Count);
        Assert.Equal(6, rest.Count);
        Assert.Equal(rest[^1].Seq, await store.LastSeqAsync(0));
    }

    private static async Task<long[]> LastSeqs(ArticleStore store) =>
        await Task.WhenAll(Enumerable.Range(0, store.Shards).Select(s => store.LastSeqAsync(s)));
}
