using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Articles;

/// <summary>Ingest shows and matches the text the outlet meant, not the HTML its feed left in it.</summary>
public sealed class FeedTextTests
{
    [Theory]
    [InlineData("بالصور // &#8220;ظريف&#8221; يقيم مأدبة", "بالصور // “ظريف” يقيم مأدبة")]
    [InlineData("&quot;داعش&quot; &amp; الإرهاب", "\"داعش\" & الإرهاب")]
    [InlineData("سطر أول<br>سطر ثان<br/>ثالث", "سطر أول\nسطر ثان\nثالث")]
    [InlineData("<p>فقرة <b>مهمة</b></p>", "\nفقرة مهمة\n")]
    [InlineData("قبل<script>alert('x')</script> بعد<!-- تعليق -->", "قبل بعد")]
    [InlineData("كتب &lt;b&gt; في النص", "كتب <b> في النص")]
    [InlineData("أ < ب و <أحمد> > ج", "أ < ب و <أحمد> > ج")]
    [InlineData("بلا شيء يُنظف", "بلا شيء يُنظف")]
    public void Decodes_entities_and_strips_markup_once(string raw, string clean) =>
        Assert.Equal(clean, FeedText.Clean(raw));

    [Fact]
    public void Titles_and_bodies_of_a_feed_are_cleaned_before_they_are_stored_and_searched()
    {
        var line = """{"id": "z1", "title": "بالصور // &#8220;ظريف&#8221; يقيم مأدبة", "body": "وقال &quot;ظريف&quot; إن الاتفاق<br>نهائي &amp; ملزم."}""";
        var article = JsonLinesArticleParser.Parse("feed.jsonl", 1, Encoding.UTF8.GetBytes(line)).Article!;

        Assert.Equal("بالصور // “ظريف” يقيم مأدبة", article.Title);
        Assert.Equal("وقال \"ظريف\" إن الاتفاق\nنهائي & ملزم.", article.Body);
        using var index = TempIndex.Of(article);
        var searcher = new NewsSearcher(index.Index);
        Assert.Equal(0, searcher.Search(new SearchRequest("quot")).TotalHits);
        Assert.Equal(0, searcher.Search(new SearchRequest("8220")).TotalHits);
        var hit = Assert.Single(searcher.Search(new SearchRequest("ظريف")).Hits);
        Assert.Equal("بالصور // “ظريف” يقيم مأدبة", hit.Article.Title);
    }

    [Fact]
    public void A_text_file_is_cleaned_too()
    {
        var article = TextArticleParser.Parse("x.txt", Encoding.UTF8.GetBytes("عنوان &#8220;الخبر&#8221;\nمتن<br>الخبر")).Article!;

        Assert.Equal("عنوان “الخبر”", article.Title);
        Assert.Equal("متن\nالخبر", article.Body);
    }

    [Fact]
    public void An_article_without_a_title_is_headed_by_its_lead_sentence_marked_as_such()
    {
        var untitled = new Article("u1", "", "بالصور // ظريف يقيم مأدبة غداء لنظيره العماني في طهران. وحضر المأدبة عدد من السفراء.");
        var long_ = new Article("u2", " ", string.Join(' ', Enumerable.Repeat("كلمة", 60)) + ".");

        var headline = Headline.Of(untitled);
        Assert.True(headline.IsLead);
        Assert.Equal("بالصور // ظريف يقيم مأدبة غداء لنظيره العماني في طهران.", headline.Text);
        Assert.Equal("(no title) بالصور // ظريف يقيم مأدبة غداء لنظيره العماني في طهران.", headline.ToString());
        Assert.True(Headline.Of(long_).Text.Length <= Headline.MaxLeadChars + 1);
        Assert.EndsWith("…", Headline.Of(long_).Text);
        Assert.Equal(new Headline("عنوان", false), Headline.Of(new Article("t", "عنوان", "متن.")));
        Assert.Null(Headline.LeadForTitle(new Article("t", "عنوان", "متن.")));
    }
}
