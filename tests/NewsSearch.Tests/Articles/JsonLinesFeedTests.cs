using NewsSearch.Tests.Support;
using System.IO.Compression;
using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.Articles;

/// <summary>Real-feed shapes: gzip, <c>date</c> or <c>published</c>, missing titles and bodies, odd dates.</summary>
public class JsonLinesFeedTests : IDisposable
{
    private static readonly string[] Feed =
    [
        """{"id": "a1", "source": "okaz", "title": "ملعب كوينز بارك يتأهب", "date": "2015-07-21 02:51:32", "abstract": "ملخص الخبر", "body": "يستضيف الملعب السوبر السعودي."}""",
        """{"id": "a2", "title": "", "published": "2017-01-22T18:56:00+01:00", "body": "خبر عاجل بلا عنوان."}""",
        """{"id": "a3", "title": "عنوان بلا متن", "date": "2015-07-22 10:00:00", "body": "  "}""",
        """{"id": "a4", "title": "تاريخ غريب", "date": "الأحد الماضي", "body": "متن الخبر."}""",
        """{"id": "a5", "title": "تاريخ تونسي", "date": "05/03/2017", "body": "متن آخر."}""",
    ];

    private readonly TempDir temp = new();

    [Fact]
    public void Reads_gzip_feed_with_date_or_published_and_keeps_abstract()
    {
        var outcomes = ArticleReader.Read([WriteGzip("feed.jsonl.gz")]).ToList();

        var articles = outcomes.Where(o => o.Article is not null).Select(o => o.Article!).ToDictionary(a => a.Id);
        Assert.Equal(["a1", "a2", "a4", "a5"], articles.Keys.Order());
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero), articles["a1"].Published);
        Assert.Equal("ملخص الخبر", articles["a1"].Abstract);
        Assert.Equal(new DateTimeOffset(2017, 1, 22, 18, 56, 0, TimeSpan.FromHours(1)), articles["a2"].Published);
        Assert.Equal("", articles["a2"].Title);
        Assert.Equal(new DateTimeOffset(2017, 3, 5, 0, 0, 0, TimeSpan.Zero), articles["a5"].Published);
    }

    [Fact]
    public void A_date_that_does_not_parse_is_kept_as_text()
    {
        var article = ArticleReader.Read([WritePlain("feed.jsonl")]).Select(o => o.Article).Single(a => a?.Id == "a4")!;

        Assert.Null(article.Published);
        Assert.Equal("الأحد الماضي", article.PublishedText);
    }

    [Fact]
    public void Only_the_article_without_body_is_skipped()
    {
        var skipped = ArticleReader.Read([WriteGzip("feed.jsonl.gz")]).Where(o => o.Skipped is not null).Select(o => o.Skipped!).ToList();

        var only = Assert.Single(skipped);
        Assert.Equal(3, only.Line);
        Assert.Contains("a3", only.Reason);
    }

    [Fact]
    public void Indexing_reports_skips_and_unparsed_dates_once()
    {
        var skipped = new List<SkippedInput>();
        using var index = NewsIndex.Open(Path.Combine(temp.Path, "index"));

        var report = ArticleIndexer.Run(index, ArticleReader.Read([WriteGzip("feed.jsonl.gz")]), new IndexRunOptions { OnSkipped = skipped.Add });

        Assert.Equal((4, 1, 1), (report.Indexed, report.Skipped, skipped.Count));
        Assert.Equal(1, report.UnparsedDates);
        Assert.Equal("الأحد الماضي", report.FirstUnparsedDate);
        using var reader = index.OpenReader();
        Assert.Equal(4, reader.NumDocs);
    }

    private string WritePlain(string name)
    {
        var path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, string.Join('\n', Feed) + "\n", new UTF8Encoding(false));
        return path;
    }

    private string WriteGzip(string name)
    {
        var path = Path.Combine(temp.Path, name);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', Feed) + "\n"));
        return path;
    }

    public void Dispose() => temp.Dispose();
}
