using System.Net;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

public sealed class SearchEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private async Task<SearchResponse> Search(string query)
    {
        var response = await client.GetAsync(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJson<SearchResponse>();
    }

    [Fact]
    public async Task A_name_finds_both_seed_articles_with_marked_snippets()
    {
        var results = await Search($"/api/search?q={Uri.EscapeDataString(SeedName)}");

        Assert.Equal(SeedNameHits, results.Total);
        Assert.Equal(SeedName, results.Query);
        Assert.True(results.TookMs >= 0);
        Assert.Equal([1, 2], results.Hits.Select(h => h.Rank));
        Assert.Contains(results.Hits, h => h.Id == SeedId);
        Assert.All(results.Hits, hit =>
        {
            Assert.False(string.IsNullOrEmpty(hit.Title));
            Assert.True(hit.Score > 0);
            Assert.NotEmpty(hit.Snippets);
            Assert.All(hit.Snippets, s => Assert.Matches($"<mark>[وفبلك]?{SeedName}</mark>", s.Html));
        });
    }

    [Fact]
    public async Task Snippet_offsets_point_at_the_marked_words_in_the_stored_body()
    {
        var results = await Search($"/api/search?q={Uri.EscapeDataString(SeedName)}");
        var hit = results.Hits.Single(h => h.Id == SeedId);
        var article = await (await client.GetAsync($"/api/articles/{SeedId}")).ReadJson<ArticleResponse>();

        foreach (var snippet in hit.Snippets)
        {
            Assert.Equal(snippet.Text, article.Body.Substring(snippet.Start, snippet.Length));
            Assert.NotEmpty(snippet.Marks);
            Assert.All(snippet.Marks, mark => Assert.EndsWith(SeedName, article.Body.Substring(mark.Start, mark.Length)));
        }
    }

    [Fact]
    public async Task Source_published_and_url_come_back_with_a_hit()
    {
        var hit = (await Search($"/api/search?q={Uri.EscapeDataString("الأسواق")}")).Hits.Single();

        Assert.Equal(DatedId, hit.Id);
        Assert.Equal("وكالة الاختبار", hit.Source);
        Assert.Equal(new DateTimeOffset(2025, 11, 21, 9, 30, 0, TimeSpan.Zero), hit.Published);
        Assert.Equal("https://example.org/dated-1", hit.Url);
    }

    [Fact]
    public async Task Pages_split_the_hits_without_overlap()
    {
        var query = $"/api/search?q={Uri.EscapeDataString(PagingWord)}&size=10";
        var pages = new[] { await Search(query), await Search(query + "&page=2"), await Search(query + "&page=3") };

        Assert.All(pages, p => Assert.Equal(PagingCount, p.Total));
        Assert.Equal([10, 10, 5], pages.Select(p => p.Hits.Count));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Page));
        var ids = pages.SelectMany(p => p.Hits).Select(h => h.Id).ToList();
        Assert.Equal(PagingCount, ids.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, PagingCount), pages.SelectMany(p => p.Hits).Select(h => h.Rank));
    }

    [Fact]
    public async Task Page_and_size_default_to_the_first_ten()
    {
        var results = await Search($"/api/search?q={Uri.EscapeDataString(PagingWord)}");

        Assert.Equal(1, results.Page);
        Assert.Equal(10, results.Size);
        Assert.Equal(10, results.Hits.Count);
    }

    [Fact]
    public async Task A_page_past_the_last_hit_is_empty_not_an_error()
    {
        var results = await Search($"/api/search?q={Uri.EscapeDataString(PagingWord)}&page=4&size=10");

        Assert.Equal(PagingCount, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task A_word_in_no_article_gives_zero_hits()
    {
        var results = await Search($"/api/search?q={Uri.EscapeDataString("زرافة")}");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public async Task Words_no_article_holds_together_give_the_articles_with_some_of_them_flagged_as_partial()
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(SeedName + " زرافة")}");
        var body = await response.Content.ReadAsStringAsync();
        var whole = await Search($"/api/search?q={Uri.EscapeDataString(SeedName)}");

        Assert.Contains("\"partial_match\":true", body);
        var results = await response.ReadJson<SearchResponse>();
        Assert.Equal((0, SeedNameHits, 1), (results.Total, results.PartialTotal, results.PartialFromRank));
        Assert.Contains(results.Hits, h => h.Id == SeedId);
        Assert.False(whole.PartialMatch);
    }

    [Fact]
    public async Task A_page_the_articles_with_all_the_words_do_not_fill_goes_on_with_those_with_some_of_them()
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString("ميامي بيزيميني")}");
        var body = await response.Content.ReadAsStringAsync();
        var results = await response.ReadJson<SearchResponse>();
        var filled = await Search($"/api/search?q={Uri.EscapeDataString("ميامي بيزيميني")}&size=1");

        Assert.Contains("\"partial_from_rank\":2", body);
        Assert.Equal((1, 1, 2), (results.Total, results.PartialTotal, results.PartialFromRank));
        Assert.Equal([1, 2], results.Hits.Select(h => h.Rank));
        Assert.Equal(SeedId, results.Hits[0].Id);
        Assert.False(results.PartialMatch);
        Assert.Contains("\"partial_from_rank\":null", await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString("ميامي بيزيميني")}&size=1"));
        Assert.Equal(SeedId, Assert.Single(filled.Hits).Id);
    }

    [Fact]
    public async Task An_exact_phrase_matches_only_the_words_in_order()
    {
        var inOrder = await Search($"/api/search?q={Uri.EscapeDataString("\"ستيف ويتكوف\"")}");
        var reversed = await Search($"/api/search?q={Uri.EscapeDataString("\"ويتكوف ستيف\"")}");

        Assert.Equal(SeedNameHits, inOrder.Total);
        Assert.Equal(0, reversed.Total);
    }

    [Fact]
    public async Task A_query_of_exactly_the_maximum_length_is_accepted()
    {
        var query = string.Concat(Enumerable.Repeat(SeedName + " ", 200))[..1000];

        var results = await Search($"/api/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(SeedNameHits, results.Total);
    }
}
