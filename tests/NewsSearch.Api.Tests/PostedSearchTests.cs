using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary><c>POST /api/search</c>: the same search as GET with the parameters in a JSON body, for queries too long for a link.</summary>
public sealed class PostedSearchTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private Task<HttpResponseMessage> Post(object body) => client.PostAsJsonAsync("/api/search", body, ApiFactory.Json);

    [Fact]
    public async Task A_posted_search_answers_as_the_same_search_in_the_query_string()
    {
        var posted = await Post(new { q = DatedArticles.Word, page = 1, size = 2, source = new[] { "okaz", "aawsat" }, sort = "date-asc", from = "2015-07-21" });
        var got = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(DatedArticles.Word)}&page=1&size=2&source=okaz&source=aawsat&sort=date-asc&from=2015-07-21");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var (a, b) = (await posted.ReadJson<SearchResponse>(), await got.ReadJson<SearchResponse>());
        Assert.Equal(["aawsat-21", "okaz-21"], a.Hits.Select(h => h.Id));
        Assert.Equal(b.Hits.Select(h => h.Id), a.Hits.Select(h => h.Id));
        Assert.Equal((b.Total, b.Sort, b.Filter.From), (a.Total, a.Sort, a.Filter.From));
    }

    [Fact]
    public async Task A_query_of_the_longest_allowed_length_is_searched_and_one_longer_is_a_problem_naming_q()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(new { q = new string('ب', 1000) })).StatusCode);

        var tooLong = await Post(new { q = new string('ب', 1001) });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var problem = await tooLong.ReadJson<JsonElement>();
        Assert.Contains("longer than 1000", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Theory]
    [InlineData("""{"q":"x","size":0}""", "size")]
    [InlineData("""{"q":"x","sort":"oldest"}""", "sort")]
    [InlineData("""{"q":"x","from":"21/07/2015"}""", "from")]
    [InlineData("""{"q":""}""", "q")]
    public async Task A_bad_parameter_in_the_body_gets_the_same_problem_as_in_the_query_string(string json, string parameter)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/search", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJson<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("{\"q\":", "application/json")]
    [InlineData("{\"q\":\"x\",\"page\":\"two\"}", "application/json")]
    public async Task A_body_that_is_not_the_expected_json_gets_a_400_problem(string json, string type)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, type);

        var response = await client.PostAsync("/api/search", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
