using System.Net;
using System.Text.Json;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

public sealed class OpenApiAndHealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var search = paths.GetProperty("/api/search").GetProperty("get");
        Assert.Equal(["q", "page", "size", "source", "from", "to", "sort"],
            search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/articles/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/api/articles/{id}/related").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.Equal("person", paths.GetProperty("/api/mentions").GetProperty("get").GetProperty("parameters")[0].GetProperty("name").GetString());
        Assert.True(paths.TryGetProperty("/api/people", out _));
    }

    [Fact]
    public async Task Health_is_healthy_over_a_readable_index()
    {
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
