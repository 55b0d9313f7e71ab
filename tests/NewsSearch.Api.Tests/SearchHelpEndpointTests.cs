using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>The API's answer to a search that finds nothing or few articles: what to try, as fields the page renders.</summary>
public sealed class SearchHelpEndpointTests(SearchHelpEndpointTests.Factory factory) : IClassFixture<SearchHelpEndpointTests.Factory>
{
    public const string UntitledWord = "مأدبة";

    /// <summary>The usual articles, the dated outlets and one article published without a title.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override IEnumerable<Article> Articles =>
            [.. TestArticles.All, .. DatedArticles.All, new Article("untitled-1", "", $"ظريف يقيم {UntitledWord} غداء لنظيره. وحضر السفراء.")];
    }

    private readonly HttpClient client = factory.CreateClient();

    private async Task<SearchResponse> Search(string parameters) =>
        await (await client.GetAsync($"/api/search?{parameters}")).ReadJson<SearchResponse>();

    [Fact]
    public async Task A_latin_name_on_the_people_list_suggests_the_person_query()
    {
        var results = await Search("q=Witkoff");

        Assert.Equal(0, results.Total);
        var person = Assert.Single(results.Help.People);
        Assert.Equal(("witkoff", "person:witkoff", SeedNameHits), (person.PersonId, person.Query, person.Articles));
    }

    [Fact]
    public async Task A_misspelt_word_suggests_the_index_spelling_with_its_count()
    {
        var best = (await Search($"q={Uri.EscapeDataString(SeedName + "ف")}")).Help.Spellings[0];

        Assert.Equal((SeedName, SeedNameHits), (best.Suggestion, best.Articles));
    }

    [Fact]
    public async Task A_suggestion_and_its_query_are_the_word_as_the_articles_write_it_not_the_index_form()
    {
        var best = (await Search($"q={Uri.EscapeDataString("نشرةة")}")).Help.Spellings[0];

        Assert.Equal(("نشرة", "نشرة"), (best.Suggestion, best.Query));
        Assert.True(best.Articles >= PagingCount);
    }

    [Fact]
    public async Task An_unknown_outlet_names_the_closest_and_the_sources_endpoint_lists_them_all()
    {
        var results = await Search($"q={Uri.EscapeDataString(DatedArticles.Word)}&source=okz");
        var sources = await (await client.GetAsync("/api/sources")).ReadJson<List<SourceResponse>>();

        Assert.Equal(0, results.Total);
        var unknown = Assert.Single(results.Help.UnknownSources);
        Assert.Equal("okaz", unknown.Closest[0].Name);
        Assert.Contains(new SourceResponse("okaz", "عكاظ", "Okaz", 2, new DateOnly(2015, 7, 21), new DateOnly(2015, 7, 23)), sources);
        Assert.Contains(sources, s => s.Code == "alriyadh" && s.Articles == 2);
    }

    [Fact]
    public async Task Stop_words_only_and_a_page_past_the_end_are_explained()
    {
        var stopWords = await Search($"q={Uri.EscapeDataString("في من على")}");
        var pastTheEnd = await Search($"q={Uri.EscapeDataString(PagingWord)}&page=4");

        Assert.Equal(["في", "من", "على"], stopWords.Help.StopWords);
        Assert.Empty(pastTheEnd.Hits);
        Assert.Equal(3, pastTheEnd.Help.LastPage);
    }

    [Fact]
    public async Task An_untitled_article_comes_with_its_lead_to_show_in_the_title_s_place()
    {
        var hit = Assert.Single((await Search($"q={UntitledWord}")).Hits);
        var article = await (await client.GetAsync("/api/articles/untitled-1")).ReadJson<ArticleResponse>();

        Assert.Equal("", hit.Title);
        Assert.Equal($"ظريف يقيم {UntitledWord} غداء لنظيره.", hit.LeadForTitle);
        Assert.Equal(hit.LeadForTitle, article.LeadForTitle);
        Assert.Null((await Search($"q={Uri.EscapeDataString(SeedName)}")).Hits[0].LeadForTitle);
    }
}
