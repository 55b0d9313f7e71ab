using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Searching;

public sealed class NewsSearcherGetArticleTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "newssearch-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Returns_the_stored_article_with_that_id()
    {
        using var index = NewsIndex.OpenForSearch(path);
        var searcher = new NewsSearcher(index);

        var article = searcher.GetArticle("000_9f777eadf6025f7f");

        Assert.NotNull(article);
        Assert.StartsWith("في محاولة لوقف الحرب", article.Title);
        Assert.Contains("ستيف ويتكوف", article.Body);
    }

    [Theory]
    [InlineData("no-such-id")]
    [InlineData("000_9F777EADF6025F7F")]
    [InlineData("000_9f777eadf6025f7")]
    [InlineData("")]
    public void Returns_null_for_any_other_id(string id)
    {
        using var index = NewsIndex.OpenForSearch(path);
        var searcher = new NewsSearcher(index);

        Assert.Null(searcher.GetArticle(id));
    }

    [Fact]
    public void Sees_an_article_committed_after_a_refresh()
    {
        using var index = NewsIndex.OpenForSearch(path);
        var searcher = new NewsSearcher(index);
        ArticleIndexer.Run(index, [ReadOutcome.Of(new Article("late", "عنوان", "نص"))], new IndexRunOptions());

        Assert.Null(searcher.GetArticle("late"));
        index.Searcher.Refresh();
        Assert.Equal("نص", searcher.GetArticle("late")?.Body);
    }

    public void Dispose()
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
