using System.IO.Compression;
using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Articles;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_folder_with_one_bad_file_and_one_good_reads_the_good_and_names_the_bad()
    {
        dir.File("good.txt", "عنوان\nنص الخبر");
        var bad = dir.File("bad.txt", new byte[] { 0xC3, 0x28, 0xA0, 0xA1 });
        var outcomes = ArticleReader.Read([dir.Path]).ToList();
        Assert.Equal("good", Assert.Single(outcomes, o => o.Article is not null).Article!.Id);
        var skipped = Assert.Single(outcomes, o => o.Skipped is not null).Skipped!;
        Assert.Equal(bad, skipped.File);
        Assert.Contains("bad.txt", skipped.ToString());
    }

    [Fact]
    public void Json_lines_give_articles_and_report_bad_lines_with_their_number()
    {
        var path = dir.File("feed.jsonl", string.Join('\n',
            """{"id":"a1","title":"عنوان","body":"نص","source":"aawsat","published":"2015-07-25","url":"http://x/1"}""",
            "",
            "{not json",
            """{"id":"a2","title":"عنوان"}""",
            """{"id":"a3","body":"خبر عاجل بلا عنوان","date":"2015-07-21 02:51:32"}"""));
        var outcomes = ArticleReader.Read([path]).ToList();
        var articles = outcomes.Where(o => o.Article is not null).Select(o => o.Article!).ToList();
        Assert.Equal(["a1", "a3"], articles.Select(a => a.Id));
        Assert.Equal("aawsat", articles[0].Source);
        Assert.Equal(new DateTimeOffset(2015, 7, 25, 0, 0, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal("http://x/1", articles[0].Url);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero), articles[1].Published);
        var skipped = outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!).ToList();
        Assert.Equal([3, 4], skipped.Select(s => s.Line));
        Assert.StartsWith("not valid JSON", skipped[0].Reason);
        Assert.Contains("missing \"body\"", skipped[1].Reason);
        Assert.Equal($"{path}:3: {skipped[0].Reason}", skipped[0].ToString());
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_skipped_and_the_rest_read()
    {
        var good = Encoding.UTF8.GetBytes("""{"id":"a","title":"t","body":"نص"}""" + "\n");
        var bad = new byte[] { (byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)'}', (byte)'\n' };
        var path = dir.File("mixed.jsonl", [.. bad, .. good]);
        var outcomes = ArticleReader.Read([path]).ToList();
        Assert.Equal(1, outcomes[0].Skipped!.Line);
        Assert.Equal("a", outcomes[1].Article!.Id);
    }

    [Fact]
    public void Gzipped_json_lines_are_read()
    {
        var path = Path.Combine(dir.Path, "feed.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("""{"id":"z","title":"عنوان","body":"نص"}""" + "\n"));
        Assert.Equal("z", Assert.Single(ArticleReader.Read([path])).Article!.Id);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        var outcome = Assert.Single(ArticleReader.Read([Path.Combine(dir.Path, "nope")]));
        Assert.Equal("no such file or folder", outcome.Skipped!.Reason);
    }

    [Theory]
    [InlineData("2015-07-21 02:51:32", "2015-07-21T02:51:32+00:00")]
    [InlineData("2015-07-21T02:51:32+03:00", "2015-07-21T02:51:32+03:00")]
    [InlineData("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18T21:35:43+04:00")]
    [InlineData("2015-07-25", "2015-07-25T00:00:00+00:00")]
    public void Publisher_dates_parse(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), PublishedDate.TryParse(text));
    }

    [Fact]
    public void An_unparseable_date_gives_null()
    {
        Assert.Null(PublishedDate.TryParse("الأحد الماضي"));
    }
}
