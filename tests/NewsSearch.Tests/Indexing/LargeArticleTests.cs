using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

public sealed class LargeArticleTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_10_MB_article_is_indexed_whole_and_a_word_at_its_very_end_is_found_and_marked()
    {
        var body = new StringBuilder();
        while (body.Length < 10 << 20) body.Append("تواصل الولايات المتحدة وأوكرانيا محادثاتهما الماراثونية في ميامي. ");
        body.Append("بيزيميني");
        var article = new Article("huge", "مقال ضخم", body.ToString());
        using var index = NewsIndex.Open(dir.Path);

        var report = ArticleIndexer.Run(index, [ReadOutcome.Of(article)], new IndexRunOptions());

        Assert.Equal(1, report.Indexed);
        var searcher = new NewsSearcher(index);
        var hit = Assert.Single(searcher.Search(new SearchRequest("بيزيميني")).Hits);
        Assert.Equal(body.Length, hit.Article.Body.Length);
        var mark = hit.Snippets.SelectMany(s => s.Marks).Single();
        Assert.Equal(body.Length - "بيزيميني".Length, mark.Start);
    }

    [Fact]
    public void An_id_too_long_to_index_skips_its_line_instead_of_failing_the_run()
    {
        var path = dir.File("long-id.jsonl",
            $"{{\"id\":\"{new string('x', 40_000)}\",\"body\":\"نص\"}}\n{{\"id\":\"ok\",\"source\":\"{new string('s', 40_000)}\",\"body\":\"نص\"}}\n{{\"id\":\"ok\",\"body\":\"نص\"}}\n");
        using var index = NewsIndex.Open(Path.Combine(dir.Path, "index"));
        var skipped = new List<SkippedInput>();

        var report = ArticleIndexer.Run(index, ArticleReader.Read([path]), new IndexRunOptions { OnSkipped = skipped.Add });

        Assert.Equal((1, 2), (report.Indexed, report.Skipped));
        Assert.All(skipped, s => Assert.EndsWith($"longer than {JsonLinesArticleParser.MaxKeyLength} characters", s.Reason));
    }
}
