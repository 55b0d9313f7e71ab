using System.Net;
using Microsoft.AspNetCore.Http;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary>Every request the API refuses gets a 400 problem-details body that names the parameter.</summary>
public sealed class BadRequestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string, string, string> Cases => new()
    {
        { "", "q", "empty" },
        { "q=", "q", "empty" },
        { "q=%20%20", "q", "empty" },
        { "q=" + new string('ب', 1001), "q", "longer than 1000" },
        { "q=" + Uri.EscapeDataString("\"ويتكوف"), "q", "quote is not closed" },
        { "q=" + Uri.EscapeDataString("(ويتكوف"), "q", "malformed query" },
        { "q=" + Uri.EscapeDataString("ويتكوف AND"), "q", "malformed query" },
        { "q=" + Uri.EscapeDataString("*كوف"), "q", "would match too many words" },
        { "q=" + Uri.EscapeDataString("\"كوشنر ويتكوف\"~-1"), "q", "whole number from 0 to 50" },
        { "q=" + Uri.EscapeDataString("\"كوشنر ويتكوف\"~-Infinity"), "q", "whole number from 0 to 50" },
        { "q=" + Uri.EscapeDataString("source:\"okaz aawsat\""), "q", "a source is one name" },
        { "q=" + Uri.EscapeDataString("title_grams:\"ميامي ستيف\""), "q", "no word positions" },
        { "q=x&page=0", "page", "from 1 to 1000" },
        { "q=x&page=-1", "page", "from 1 to 1000" },
        { "q=x&page=abc", "page", "whole number" },
        { "q=x&page=1.5", "page", "whole number" },
        { "q=x&page=99999999999", "page", "whole number" },
        { "q=x&size=0", "size", "from 1 to 100" },
        { "q=x&size=101", "size", "from 1 to 100" },
        { "q=x&size=ten", "size", "whole number" },
        { "q=x&page=101&size=10", "page", "page × size must be at most 1000" },
        { "q=x&page=11&size=100", "page", "page × size must be at most 1000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_parameter_gets_400_problem_details_naming_it(string queryString, string parameter, string message)
    {
        var response = await client.GetAsync($"/api/search?{queryString}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJson<HttpValidationProblemDetails>();
        Assert.Equal(400, problem.Status);
        Assert.Equal("Invalid request parameter", problem.Title);
        Assert.StartsWith($"{parameter}: ", problem.Detail);
        var errors = Assert.Contains(parameter, problem.Errors);
        Assert.Contains(message, Assert.Single(errors));
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_bad_numbers_are_both_named()
    {
        var response = await client.GetAsync("/api/search?q=x&page=0&size=500");

        var problem = await response.ReadJson<HttpValidationProblemDetails>();
        Assert.Equal(["page", "size"], problem.Errors.Keys.Order());
    }
}
