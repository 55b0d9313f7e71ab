using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

public sealed class ArticleIndexerTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static IndexReport IndexSeeds(NewsIndex index) => ArticleIndexer.Run(index, ArticleReader.ReadSeeds(), new IndexRunOptions());

    [Fact]
    public void Indexing_the_seeds_twice_leaves_two_articles()
    {
        using var index = NewsIndex.Open(dir.Path);
        Assert.Equal(new IndexReport(2, 0, 0, default), IndexSeeds(index) with { Elapsed = default, Committing = default });
        Assert.Equal(new IndexReport(0, 2, 0, default), IndexSeeds(index) with { Elapsed = default, Committing = default });
        Assert.Equal(2, index.Stats().Articles);
    }

    [Fact]
    public void A_run_that_fails_before_its_commit_leaves_the_earlier_index_intact()
    {
        using var index = NewsIndex.Open(dir.Path);
        IndexSeeds(index);
        var before = index.Stats();

        Assert.Throws<InvalidOperationException>(() => ArticleIndexer.Run(index, FailingMidway(), new IndexRunOptions()));

        Assert.Equal(before, index.Stats());
        var searcher = new Core.Searching.NewsSearcher(index);
        Assert.Equal(0, searcher.Search(new Core.Searching.SearchRequest("جديد")).TotalHits);
        Assert.Equal(1, searcher.Search(new Core.Searching.SearchRequest("بيزيميني")).TotalHits);
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_old_index()
    {
        using var index = NewsIndex.Open(dir.Path);
        IndexSeeds(index);
        Assert.Throws<InvalidOperationException>(() => ArticleIndexer.Run(index, FailingMidway(), new IndexRunOptions { Rebuild = true }));
        Assert.Equal(2, index.Stats().Articles);
    }

    [Fact]
    public void Skipped_inputs_are_counted_and_reported()
    {
        using var index = NewsIndex.Open(dir.Path);
        var reported = new List<SkippedInput>();
        var input = new[] { ReadOutcome.Of(new Article("a", "t", "b")), ReadOutcome.Skip("f.jsonl", 2, "not valid JSON") };
        var report = ArticleIndexer.Run(index, input, new IndexRunOptions { OnSkipped = reported.Add });
        Assert.Equal((1, 0, 1), (report.Indexed, report.Updated, report.Skipped));
        Assert.Equal("f.jsonl:2: not valid JSON", Assert.Single(reported).ToString());
        Assert.Equal("indexed 1, updated 0, skipped 1", report.ToString());
    }

    [Fact]
    public void An_empty_folder_is_filled_with_the_seeds_when_opened_for_search()
    {
        using var index = NewsIndex.OpenForSearch(dir.Path);
        Assert.Equal(2, index.Stats().Articles);
    }

    [Fact]
    public void Stored_fields_round_trip()
    {
        var published = new DateTimeOffset(2015, 7, 25, 10, 0, 0, TimeSpan.Zero);
        var article = new Article("x1", "عنوان", "نص") { Source = "aawsat", Published = published, PublishedText = "2015-07-25 10:00:00", Url = "http://u", Abstract = "ملخص" };
        var doc = IndexSchema.ToDocument(article, new ArticleAnalysis());
        Assert.Equal(article, IndexSchema.ToArticle(doc));
    }

    private static IEnumerable<ReadOutcome> FailingMidway()
    {
        yield return ReadOutcome.Of(new Article("new-1", "جديد", "خبر جديد"));
        throw new InvalidOperationException("disk on fire");
    }
}
