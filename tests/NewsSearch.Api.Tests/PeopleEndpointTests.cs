using System.Net;
using System.Text.Json;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

public sealed class PeopleEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Anadolu = "004_6a5caba8e2838df0";
    private readonly HttpClient client = factory.CreateClient();

    private async Task<MentionsResponse> Mentions(string person)
    {
        var response = await client.GetAsync($"/api/mentions?person={Uri.EscapeDataString(person)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJson<MentionsResponse>();
    }

    [Fact]
    public async Task The_people_list_gives_each_seed_negotiator_s_mention_count()
    {
        var people = await client.GetFromJsonOk<List<PersonResponse>>("/api/people");

        var counts = people.ToDictionary(p => p.Id, p => p.Mentions);
        Assert.Equal(7, counts["witkoff"]);
        Assert.Equal(7, counts["kushner"]);
        Assert.Equal(6, counts["umerov"]);
        Assert.Equal(4, counts["hnatov"]);
        Assert.Equal(2, counts["putin"]);
        Assert.Equal(3, counts["trump"]);
        Assert.Equal(1, counts["ushakov"]);
        var witkoff = people.Single(p => p.Id == "witkoff");
        Assert.Equal("ويتكوف", witkoff.NameAr.Split(' ')[^1]);
        Assert.NotEmpty(witkoff.Aliases);
    }

    [Theory]
    [InlineData("witkoff", 7, 4, 3)]
    [InlineData("كوشنر", 7, 4, 3)]
    [InlineData("Umerov", 6, 2, 4)]
    [InlineData("هناتوف", 4, 1, 3)]
    public async Task Mentions_are_counted_per_article_and_in_total(string person, int total, int inAsharq, int inAnadolu)
    {
        var report = await Mentions(person);

        Assert.True(report.InPeopleList);
        Assert.NotNull(report.Person);
        Assert.Equal(total, report.Total);
        Assert.Equal(inAsharq, report.Articles.Single(a => a.Id == SeedId).Count);
        Assert.Equal(inAnadolu, report.Articles.Single(a => a.Id == Anadolu).Count);
        Assert.All(report.Articles, a => Assert.Equal(a.Count, a.Mentions.Count));
    }

    [Fact]
    public async Task Each_mention_has_its_surface_form_offsets_and_a_marked_html_safe_sentence()
    {
        var report = await Mentions("hnatov");
        var article = await client.GetFromJsonOk<ArticleResponse>($"/api/articles/{Anadolu}");

        var surfaces = report.Articles.SelectMany(a => a.Mentions).Select(m => m.Surface).ToList();
        Assert.Contains("أندريه هناتوف", surfaces);
        Assert.Contains("وغناتوف", surfaces);
        foreach (var m in report.Articles.Single(a => a.Id == Anadolu).Mentions)
        {
            var text = m.Field == "title" ? article.Title : article.Body;
            Assert.Equal(m.Surface, text[m.Start..m.End]);
            Assert.Contains($"<mark>{m.Surface}</mark>", m.Sentence.Html);
            var mark = Assert.Single(m.Sentence.Marks);
            Assert.Equal(m.Surface, text.Substring(mark.Start, mark.Length));
        }
    }

    [Fact]
    public async Task A_name_not_on_the_list_is_searched_in_its_own_forms()
    {
        var report = await Mentions("ميامي");

        Assert.False(report.InPeopleList);
        Assert.Null(report.Person);
        Assert.True(report.Total > 0);
    }

    [Theory]
    [InlineData("/api/mentions")]
    [InlineData("/api/mentions?person=")]
    [InlineData("/api/mentions?person=%20%20")]
    [InlineData("/api/mentions?person=...")]
    public async Task A_missing_or_letterless_person_is_a_bad_request_naming_person(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJson<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("person", out _));
        Assert.DoesNotContain("Exception", problem.GetRawText());
    }
}

public sealed class MentionTimelineEndpointTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_timeline_counts_mentions_and_articles_per_day_and_per_source()
    {
        var report = await client.GetFromJsonOk<MentionsResponse>($"/api/mentions?person={Uri.EscapeDataString(DatedArticles.Name)}");

        Assert.Equal(4, report.Total);
        var timeline = report.Timeline;
        Assert.Equal(["2015-07-21:2/1", "2015-07-23:1/1"], timeline.ByDay.Select(d => $"{d.Key}:{d.Mentions}/{d.Articles}"));
        Assert.Equal(["aawsat:2/1", "alriyadh:1/1", "okaz:1/1"], timeline.BySource.Select(d => $"{d.Key}:{d.Mentions}/{d.Articles}"));
        Assert.Equal(1, timeline.UndatedMentions);
        Assert.Equal(0, timeline.MentionsWithoutSource);
        Assert.All(report.Articles, a => Assert.NotNull(a.Source));
    }
}

public sealed class MentionPagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Mentions_are_listed_a_page_of_articles_at_a_time_with_totals_and_timeline_for_all()
    {
        var all = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=witkoff");
        var first = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=witkoff&size=1");
        var second = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=witkoff&size=1&page=2");
        var beyond = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=witkoff&size=1&page=3");

        Assert.Equal((2, 1, 20), (all.ArticleCount, all.Page, all.Size));
        Assert.Equal(all.Articles.Select(a => a.Id), [first.Articles.Single().Id, second.Articles.Single().Id]);
        Assert.Empty(beyond.Articles);
        foreach (var page in new[] { first, second, beyond })
        {
            Assert.Equal((all.Total, all.ArticleCount), (page.Total, page.ArticleCount));
            Assert.Equal(all.Timeline.ByDay, page.Timeline.ByDay);
        }
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("size=101", "size")]
    [InlineData("size=x", "size")]
    public async Task A_bad_page_or_size_is_a_problem_naming_it(string paging, string parameter)
    {
        var response = await client.GetAsync($"/api/mentions?person=witkoff&{paging}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJson<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }
}

public static class JsonOkExtensions
{
    public static async Task<T> GetFromJsonOk<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJson<T>();
    }
}

public sealed class MentionResolutionEndpointTests(NamesakeApiFactory factory) : IClassFixture<NamesakeApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Mentions_count_confirmed_and_likely_and_list_doubtful_and_excluded_apart_with_reasons()
    {
        var report = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=kushner");

        Assert.Equal(3, report.Total);
        var counted = Assert.Single(report.Articles);
        Assert.Equal(NamesakeArticles.Jared, counted.Id);
        Assert.Equal(["likely", "confirmed", "likely"], counted.Mentions.Select(m => m.Resolution));
        Assert.All(counted.Mentions, m => Assert.False(string.IsNullOrWhiteSpace(m.Reason)));
        Assert.Equal(3, report.Timeline.ByDay.Sum(d => d.Mentions) + report.Timeline.UndatedMentions);

        var doubtful = Assert.Single(Assert.Single(report.Doubtful).Mentions);
        Assert.Equal("doubtful", doubtful.Resolution);
        Assert.Contains("nothing in the article", doubtful.Reason);
        var excluded = Assert.Single(report.Excluded);
        Assert.Equal(NamesakeArticles.Kouchner, excluded.Id);
        Assert.Equal("other", Assert.Single(excluded.Mentions).Resolution);
        Assert.Contains("Bernard Kouchner", excluded.Mentions[0].Reason);
    }

    [Fact]
    public async Task The_people_list_counts_what_mentions_counts()
    {
        var people = await client.GetFromJsonOk<List<PersonResponse>>("/api/people");
        var report = await client.GetFromJsonOk<MentionsResponse>("/api/mentions?person=kushner");

        Assert.Equal(report.Total, people.Single(p => p.Id == "kushner").Mentions);
        Assert.Equal(3, report.Total);
    }
}
