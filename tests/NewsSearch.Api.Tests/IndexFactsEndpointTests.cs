using System.Text.Json;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary>The start page's facts (<c>/api/stats</c>), the outlets' names (<c>/api/sources</c>) and the article view's extras.</summary>
public sealed class IndexFactsEndpointTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Stats_count_the_articles_per_outlet_and_give_the_first_and_last_day()
    {
        var stats = await client.GetFromJsonOk<IndexStatsResponse>("/api/stats");

        Assert.Equal(5, stats.Articles);
        Assert.Equal(["alriyadh:2", "okaz:2", "aawsat:1"], stats.Outlets.Select(o => $"{o.Source}:{o.Count}"));
        Assert.Equal((new DateOnly(2015, 7, 21), new DateOnly(2015, 7, 23)), (stats.FirstDay, stats.LastDay));
        Assert.Equal(1, stats.Undated);
    }

    [Fact]
    public async Task Sources_give_each_known_outlet_an_arabic_and_a_latin_name()
    {
        var sources = await client.GetFromJsonOk<JsonElement>("/api/sources");

        var okaz = sources.EnumerateArray().Single(s => s.GetProperty("code").GetString() == "okaz");
        Assert.Equal("عكاظ", okaz.GetProperty("name_ar").GetString());
        Assert.Equal("Okaz", okaz.GetProperty("name_en").GetString());
        Assert.Contains(sources.EnumerateArray(), s => s.GetProperty("code").GetString() == "aawsat");
    }

    [Fact]
    public async Task An_article_asked_for_with_a_query_gives_where_it_matched_and_the_people_it_names()
    {
        var article = await client.GetFromJsonOk<ArticleResponse>($"/api/articles/okaz-23?q={Uri.EscapeDataString("ظريف الكونغرس")}");

        Assert.Equal(["الكونغرس"], article.TitleMarks!.Select(m => article.Title.Substring(m.Start, m.Length)));
        Assert.Equal(["الكونغرس", "ظريف"], article.BodyMarks!.Select(m => article.Body.Substring(m.Start, m.Length)));
        var zarif = Assert.Single(article.People);
        Assert.Equal(("zarif", "محمد جواد ظريف", 1), (zarif.Id, zarif.NameAr, zarif.Mentions));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=%22unclosed")]
    public async Task Without_a_query_or_with_one_that_does_not_parse_the_article_comes_without_marks(string query)
    {
        var article = await client.GetFromJsonOk<ArticleResponse>($"/api/articles/okaz-21{query}");

        Assert.Null(article.TitleMarks);
        Assert.Null(article.BodyMarks);
        Assert.Empty(article.People);
    }
}
