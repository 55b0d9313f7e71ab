using System.Net;
using System.Text;
using System.Text.Json;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

public sealed class ExportEndpointTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_search_downloads_as_csv_with_a_byte_order_mark_in_the_chosen_order_and_filters()
    {
        var response = await client.GetAsync($"/api/search.csv?q={Uri.EscapeDataString(DatedArticles.Word)}&source=okaz&source=aawsat&sort=date&page=2&size=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("newssearch-results.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,date,outlet,title,url,score,snippet", lines[0]);
        Assert.Equal(["okaz-23", "okaz-21", "aawsat-21"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.StartsWith("okaz-23,2015-07-23,okaz,الكونغرس والاتفاق,,", lines[1]);
        Assert.EndsWith(",بدأ الكونغرس مراجعة الاتفاق وردّ وزير الخارجية الإيراني ظريف على المنتقدين.", lines[1]);
        Assert.Equal("3", response.Headers.GetValues("X-Total-Hits").Single());
        Assert.Equal("3", response.Headers.GetValues("X-Csv-Rows").Single());
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=x&sort=newest", "sort")]
    [InlineData("q=%22x", "q")]
    public async Task A_bad_parameter_is_the_same_400_problem_as_for_the_search(string query, string parameter)
    {
        var response = await client.GetAsync($"/api/search.csv?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.ReadJson<JsonElement>()).GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
