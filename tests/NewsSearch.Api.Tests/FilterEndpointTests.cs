using System.Net;
using System.Text.Json;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

public sealed class FilterEndpointTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private Task<SearchResponse> Search(string parameters) =>
        client.GetFromJsonOk<SearchResponse>($"/api/search?q={Uri.EscapeDataString(DatedArticles.Word)}&{parameters}");

    [Fact]
    public async Task Counts_cover_the_whole_result_set_not_only_the_page()
    {
        var results = await Search("size=1");

        Assert.Single(results.Hits);
        Assert.Equal(5, results.Total);
        var counts = results.Counts!;
        Assert.Equal(5, counts.Total);
        Assert.Equal(["alriyadh 2", "okaz 2", "aawsat 1"], counts.BySource.Select(s => $"{s.Source} {s.Count}"));
        Assert.Equal(["2015-07-21 2", "2015-07-23 2"], counts.ByDay.Select(d => $"{d.Day:yyyy-MM-dd} {d.Count}"));
        Assert.Equal(1, counts.Undated);
        Assert.Equal(0, results.UndatedExcluded);
        Assert.Equal("relevance", results.Sort);
    }

    [Fact]
    public async Task Repeated_sources_are_any_of_them()
    {
        var results = await Search("source=okaz&source=AAWSAT");

        Assert.Equal(["aawsat-21", "okaz-21", "okaz-23"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(["okaz", "AAWSAT"], results.Filter.Sources);
    }

    [Fact]
    public async Task A_date_range_keeps_its_days_and_counts_the_undated_left_out()
    {
        var results = await Search("from=2015-07-22&to=2015-07-23");

        Assert.Equal(["okaz-23", "riyadh-23"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(1, results.UndatedExcluded);
        Assert.Equal(new DateOnly(2015, 7, 22), results.Filter.From);
    }

    [Theory]
    [InlineData("date", "riyadh-23", "undated-1")]
    [InlineData("date-asc", "aawsat-21", "undated-1")]
    public async Task Date_sorts_put_undated_articles_last(string sort, string first, string last)
    {
        var results = await Search($"sort={sort}");

        Assert.Equal(first, results.Hits[0].Id);
        Assert.Equal(last, results.Hits[^1].Id);
        Assert.Equal(sort, results.Sort);
    }

    [Theory]
    [InlineData("from=2015-7-22", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2015-07-24&to=2015-07-22", "from")]
    [InlineData("sort=newest", "sort")]
    public async Task Bad_dates_and_sorts_are_bad_requests_naming_the_parameter(string parameters, string name)
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(DatedArticles.Word)}&{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJson<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _), problem.GetRawText());
    }
}

public sealed class RelatedEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("000_9f777eadf6025f7f", "004_6a5caba8e2838df0")]
    [InlineData("004_6a5caba8e2838df0", "000_9f777eadf6025f7f")]
    public async Task Each_seed_s_first_related_article_is_the_other_seed(string id, string other)
    {
        var related = await client.GetFromJsonOk<RelatedResponse>($"/api/articles/{id}/related");

        Assert.Equal(id, related.Id);
        Assert.Equal(other, related.Hits[0].Id);
        Assert.True(related.Hits[0].Score > 0);
        Assert.False(string.IsNullOrWhiteSpace(related.Hits[0].Lead));
        Assert.DoesNotContain(related.Hits, h => h.Id == id);
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        var response = await client.GetAsync("/api/articles/no-such-article/related");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
