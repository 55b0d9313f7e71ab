using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Articles;

public sealed class TextArticleParserTests
{
    private static Article Parse(string text, string path = "folder/abc.txt") =>
        TextArticleParser.Parse(path, Encoding.UTF8.GetBytes(text)).Article!;

    [Fact]
    public void First_non_empty_line_is_the_title_and_the_file_name_the_id()
    {
        var article = Parse("\n\nعنوان الخبر\nالسطر الأول\nالسطر الثاني\n");
        Assert.Equal("abc", article.Id);
        Assert.Equal("عنوان الخبر", article.Title);
        Assert.Equal("السطر الأول\nالسطر الثاني", article.Body);
    }

    [Fact]
    public void A_repeated_title_and_scraper_debris_are_dropped()
    {
        var article = Parse("عنوان\n\nعنوان\n\nLoading\n\nنص الخبر\nAnkara\nالمزيد");
        Assert.Equal("نص الخبر\nالمزيد", article.Body);
    }

    [Fact]
    public void Both_seed_shapes_parse()
    {
        var seeds = SeedIndex.SeedArticles().ToDictionary(a => a.Id);
        var asharq = seeds[SeedIndex.Asharq];
        Assert.Equal("في محاولة لوقف الحرب.. الولايات المتحدة وأوكرانيا تواصلان محادثاتهما", asharq.Title);
        Assert.StartsWith("تواصل الولايات المتحدة", asharq.Body);
        Assert.DoesNotContain("Loading", asharq.Body);
        var anadolu = seeds[SeedIndex.Anadolu];
        Assert.Equal("لقاء أمريكي أوكراني لبحث سبل إنهاء الحرب مع روسيا", anadolu.Title);
        Assert.StartsWith("جمع جاريد كوشنر", anadolu.Body);
        Assert.DoesNotContain("Ankara", anadolu.Body);
    }

    [Fact]
    public void Crlf_and_bom_are_handled()
    {
        var article = Parse("\uFEFFعنوان\r\nنص\r\n");
        Assert.Equal("عنوان", article.Title);
        Assert.Equal("نص", article.Body);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0xD8, 0x20, 0xFF, 0xFE }, "not UTF-8 text")]
    [InlineData(new byte[] { 0, 1, 2, 3, 4, 5, 0, 0, 7, 8 }, "binary content, not text")]
    public void Bad_files_are_skipped_with_a_reason(byte[] bytes, string reason)
    {
        var outcome = TextArticleParser.Parse("bad.txt", bytes);
        Assert.Null(outcome.Article);
        Assert.Equal(reason, outcome.Skipped!.Reason);
        Assert.Equal("bad.txt", outcome.Skipped.File);
    }

    [Fact]
    public void A_title_without_body_is_skipped()
    {
        Assert.Equal("no body after the title", TextArticleParser.Parse("t.txt", Encoding.UTF8.GetBytes("عنوان فقط\n")).Skipped!.Reason);
    }
}
