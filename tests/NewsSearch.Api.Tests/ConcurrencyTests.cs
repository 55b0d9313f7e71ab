using System.Net;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Core.Articles;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>One shared searcher answers many requests at once, and a commit made while they run is seen whole or not at all.</summary>
public sealed class ConcurrencyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private static readonly string[] Queries =
    [
        $"/api/search?q={Uri.EscapeDataString(SeedName)}",
        $"/api/search?q={Uri.EscapeDataString(PagingWord)}&page=2&size=5",
        $"/api/search?q={Uri.EscapeDataString(XssWord)}",
        $"/api/search?q={Uri.EscapeDataString("\"ستيف ويتكوف\"")}",
        $"/api/search?q={Uri.EscapeDataString("\"ويتكوف")}",
        $"/api/articles/{SeedId}",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
    ];

    [Fact]
    public async Task Fifty_requests_at_once_get_the_same_answers_as_one_at_a_time()
    {
        var expected = new Dictionary<string, string>();
        foreach (var query in Queries) expected[query] = await Answer(query);

        var requests = Enumerable.Range(0, 50).Select(i => Queries[i % Queries.Length]).ToList();
        var answers = await Task.WhenAll(requests.Select(Answer));

        for (var i = 0; i < requests.Count; i++) Assert.Equal(expected[requests[i]], answers[i]);
    }

    [Fact]
    public async Task A_commit_during_fifty_searches_is_seen_whole_or_not_at_all()
    {
        const string word = "الكسوف";
        var query = $"/api/search?q={Uri.EscapeDataString(word)}&size=1";
        var added = Enumerable.Range(1, 30).Select(i => new Article($"eclipse-{i}", $"كسوف {i}", $"رصد {word} في المدينة {i}.")).ToList();

        var searches = Enumerable.Range(0, 50).Select(async _ =>
        {
            await Task.Yield();
            var response = await client.GetAsync(query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.ReadJson<SearchResponse>()).Total;
        }).ToList();
        await Task.Run(() => factory.Index.Add(added));
        var totals = await Task.WhenAll(searches);

        Assert.All(totals, total => Assert.Contains(total, new[] { 0, added.Count }));
        Assert.Equal(added.Count, (await (await client.GetAsync(query)).ReadJson<SearchResponse>()).Total);
    }

    private async Task<string> Answer(string query)
    {
        var response = await client.GetAsync(query);
        var body = await response.Content.ReadAsStringAsync();
        // took_ms and trace ids differ from call to call; everything else must not.
        return $"{(int)response.StatusCode} {Stable(body)}";
    }

    private static string Stable(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"(took_ms|trace_id)\":(\"[^\"]*\"|[0-9.]+)", "");
}
