using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Api.Tests;

/// <summary>
/// Issue 17: <c>/api/mentions?person=في</c> answered 200 with 68.7 MB of JSON cut at the timeout, and four such
/// requests at once came back 200 with empty bodies and grew the process to 1.4 GB. Now the mention search has a
/// budget and every answer is whole: 400 or 503 problems before the first byte, or a complete 200.
/// </summary>
public sealed class MentionsBudgetTests(MentionsBudgetTests.CommonNameApiFactory factory) : IClassFixture<MentionsBudgetTests.CommonNameApiFactory>
{
    private const string CommonName = "زيتون";

    [Theory]
    [InlineData("من")]
    [InlineData("في")]
    [InlineData("ا~")]
    public async Task A_stop_word_or_a_name_under_3_letters_gets_400_naming_person(string person)
    {
        var response = await factory.CreateClient().GetAsync($"/api/mentions?person={Uri.EscapeDataString(person)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJson<JsonElement>();
        Assert.Contains("too short or too common", problem.GetProperty("errors").GetProperty("person")[0].GetString());
    }

    [Fact]
    public async Task Four_heavy_requests_at_once_each_get_a_whole_400_and_light_ones_a_whole_200()
    {
        var client = factory.CreateClient();
        var heavy = Enumerable.Range(0, 4).Select(_ => client.GetAsync($"/api/mentions?person={Uri.EscapeDataString(CommonName)}"));
        var light = Enumerable.Range(0, 4).Select(_ => client.GetAsync("/api/mentions?person=witkoff"));
        var responses = await Task.WhenAll(heavy.Concat(light));

        foreach (var response in responses[..4])
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJson<JsonElement>();
            Assert.Equal($"\"{CommonName}\" is mentioned more than {MentionBudget.DefaultMaxMentions:N0} times: too common to be one person's name; give a fuller name",
                problem.GetProperty("errors").GetProperty("person")[0].GetString());
        }
        foreach (var response in responses[4..])
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var report = await response.ReadJson<JsonElement>(); // a whole JSON document, not a cut one
            Assert.Equal(TestArticles.SeedNameHits, report.GetProperty("article_count").GetInt32());
        }
    }

    [Fact]
    public async Task Mentions_past_their_time_limit_get_503_problem_details()
    {
        await using var timingOut = new TimingOutMentionsApiFactory();
        var response = await timingOut.CreateClient().GetAsync("/api/mentions?person=witkoff");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.ReadJson<ProblemDetails>();
        Assert.StartsWith("the mentions of \"witkoff\" took longer than 1 s", problem.Detail);
    }

    /// <summary>The test articles plus one that names <see cref="CommonName"/> more often than a mention search may gather.</summary>
    public sealed class CommonNameApiFactory : ApiFactory
    {
        protected override IEnumerable<Article> Articles =>
            [.. TestArticles.All, new Article("common", CommonName, string.Join(' ', Enumerable.Repeat(CommonName, MentionBudget.DefaultMaxMentions))) ];
    }

    private sealed class TimingOutMentionsApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(provider =>
                new MentionSearcher(provider.GetRequiredService<NewsIndex>())
                {
                    Budget = new MentionBudget { TimeLimit = TimeSpan.FromSeconds(1), Clock = new HourPerReadingClock() },
                }));
        }
    }
}
