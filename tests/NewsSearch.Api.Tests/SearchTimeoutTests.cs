using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Tests;

/// <summary>A search stopped at its time limit in Core becomes a 503 problem that says why, with no internals.</summary>
public sealed class SearchTimeoutTests
{
    [Fact]
    public async Task A_search_past_its_time_limit_gets_503_problem_details()
    {
        await using var factory = new TimingOutApiFactory();

        var response = await factory.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(TestArticles.SeedName));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJson<ProblemDetails>();
        Assert.Equal("Search timed out", problem.Title);
        Assert.StartsWith("the search took longer than 1 s", problem.Detail);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain(factory.Index.Path, body);
    }

    [Fact]
    public async Task Related_articles_past_the_time_limit_get_503_problem_details()
    {
        await using var factory = new TimingOutApiFactory();

        var response = await factory.CreateClient().GetAsync($"/api/articles/{TestArticles.SeedId}/related");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("the search took longer than 1 s", (await response.ReadJson<ProblemDetails>()).Detail);
    }

    private sealed class TimingOutApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(provider =>
                new NewsSearcher(provider.GetRequiredService<NewsIndex>()) { TimeLimit = TimeSpan.FromSeconds(1), Clock = new HourPerReadingClock() }));
        }
    }
}
