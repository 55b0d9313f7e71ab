using System.Net;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

public sealed class ArticleEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_stored_article_comes_back_whole()
    {
        var response = await client.GetAsync($"/api/articles/{DatedId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = await response.ReadJson<ArticleResponse>();
        Assert.Equal(DatedId, article.Id);
        Assert.Equal("خبر مؤرخ عن الأسواق", article.Title);
        Assert.Equal("ارتفعت الأسواق المالية اليوم بعد إعلان البنك المركزي.", article.Body);
        Assert.Equal("وكالة الاختبار", article.Source);
    }

    [Fact]
    public async Task A_seed_article_keeps_its_original_text()
    {
        var article = await (await client.GetAsync($"/api/articles/{SeedId}")).ReadJson<ArticleResponse>();

        Assert.Contains("ستيف ويتكوف", article.Body);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd")]
    [InlineData("..%5C..%5Cetc%5Cpasswd")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("segments_1")]
    [InlineData("write.lock")]
    public async Task An_unknown_id_gets_404_problem_details_and_nothing_from_disk(string id)
    {
        var response = await client.GetAsync($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJson<ProblemDetails>();
        Assert.Equal(404, problem.Status);
        Assert.Equal("no article has this id", problem.Detail);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain(factory.Index.Path, body);
    }

    [Fact]
    public async Task A_path_that_leaves_the_api_does_not_reach_the_file_system()
    {
        var response = await client.GetAsync("/api/articles/../../../etc/passwd");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }
}
