using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Tests;

/// <summary>The running API picks up what an <c>index</c> run commits, without a restart.</summary>
public sealed class IndexRefreshTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_article_committed_after_start_is_found_and_fetched()
    {
        const string word = "المذنب";
        var query = $"/api/search?q={Uri.EscapeDataString(word)}";
        Assert.Equal(0, (await (await client.GetAsync(query)).ReadJson<SearchResponse>()).Total);

        factory.Index.Add([new Article("late-1", "خبر متأخر", $"ظهر {word} في السماء الليلة.")]);

        var results = await (await client.GetAsync(query)).ReadJson<SearchResponse>();
        Assert.Equal("late-1", Assert.Single(results.Hits).Id);
        var article = await (await client.GetAsync("/api/articles/late-1")).ReadJson<ArticleResponse>();
        Assert.Equal("خبر متأخر", article.Title);
    }

    [Fact]
    public async Task Mentions_and_people_counts_follow_a_commit()
    {
        // Its own index, so the other test's commit cannot change these counts.
        await using var own = new ApiFactory();
        var ownClient = own.CreateClient();
        var before = await ownClient.GetFromJsonOk<List<PersonResponse>>("/api/people");
        Assert.Equal(0, before.Single(p => p.Id == "kerry").Mentions);

        own.Index.Add([new Article("late-kerry", "كيري في فيينا", "وصل وزير الخارجية الأمريكي كيري إلى فيينا ولقي كيري ظريف.")]);

        // Counted in the background after the commit: the answer follows within moments, no request waiting for it.
        var after = await ownClient.GetFromJsonOk<List<PersonResponse>>("/api/people");
        for (var tries = 0; tries < 100 && after.Single(p => p.Id == "kerry").Mentions != 3; tries++)
        {
            await Task.Delay(100);
            after = await ownClient.GetFromJsonOk<List<PersonResponse>>("/api/people");
        }
        Assert.Equal(3, after.Single(p => p.Id == "kerry").Mentions);
        var mentions = await ownClient.GetFromJsonOk<MentionsResponse>("/api/mentions?person=kerry");
        Assert.Equal("late-kerry", Assert.Single(mentions.Articles).Id);
    }
}
