using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>A search that finds nothing or few articles says what to try (the examples, on a small index).</summary>
public sealed class SearchHelpTests : IDisposable
{
    private static readonly DateTimeOffset July21 = new(2015, 7, 21, 9, 0, 0, TimeSpan.Zero);

    private static IEnumerable<Article> Articles()
    {
        for (var i = 0; i < 6; i++)
            yield return new Article($"j{i}", "وزير الخارجية", $"قال وزير الخارجية عادل الجبير في مؤتمر صحفي رقم {i} إن المملكة ترحب.")
            { Source = "okaz", Published = July21.AddDays(i) };
        for (var i = 0; i < 3; i++)
            yield return new Article($"k{i}", "مباحثات", $"التقى جون كيري نظيره محمد جواد ظريف في فيينا للمرة {i}.")
            { Source = "aawsat", Published = July21.AddDays(10 + i) };
        yield return new Article("s1", "خبر", "وصل الوفد إلى الرياض.") { Source = "sabq" };
    }

    private readonly TempIndex index = new(Articles().Select(ReadOutcome.Of));
    private readonly NewsSearcher searcher;

    public SearchHelpTests() => searcher = new NewsSearcher(index.Index);

    public void Dispose() => index.Dispose();

    private SearchResults Search(string query, int page = 1, int size = 10, params string[] sources) =>
        searcher.Search(new SearchRequest(query) { Page = page, PageSize = size, Filter = new SearchFilter { Sources = sources } });

    [Theory]
    [InlineData("Kerry", "kerry", "person:kerry", 3)]
    [InlineData("Zarif", "zarif", "person:zarif", 3)]
    [InlineData("John Kerry", "kerry", "person:kerry", 3)]
    public void A_latin_name_of_someone_on_the_people_list_suggests_the_person_query_with_its_count(string query, string id, string suggested, int articles)
    {
        var results = Search(query);

        Assert.Equal(0, results.TotalHits);
        var person = Assert.Single(results.Help.People);
        Assert.Equal((id, suggested, articles), (person.PersonId, person.Query, person.Articles));
        Assert.Equal(articles, Search(person.Query).TotalHits);
    }

    [Fact]
    public void A_misspelt_word_suggests_the_close_spelling_the_index_holds_with_its_count()
    {
        var results = Search("الجبيير");

        Assert.Equal(0, results.TotalHits);
        var best = results.Help.Spellings[0];
        Assert.Equal(("الجبيير", "الجبير", 6, "الجبير"), (best.Word, best.Suggestion, best.Articles, best.Query));
        Assert.Equal(6, Search(best.Query).TotalHits);
    }

    [Fact]
    public void A_misspelt_word_in_a_longer_query_is_replaced_in_place()
    {
        var best = Search("عادل الجبيير").Help.Spellings[0];

        Assert.Equal("عادل الجبير", best.Query);
    }

    [Fact]
    public void A_common_word_gets_no_spelling_suggestion_and_many_hits_no_help()
    {
        var results = Search("الجبير");

        Assert.Equal(6, results.TotalHits);
        Assert.True(results.Help.IsEmpty);
    }

    [Fact]
    public void An_unknown_outlet_lists_the_closest_the_index_holds_with_counts_and_days()
    {
        var results = Search("الجبير", sources: "okz");

        Assert.Equal(0, results.TotalHits);
        var unknown = Assert.Single(results.Help.UnknownSources);
        Assert.Equal("okz", unknown.Name);
        Assert.Equal(new SourceInfo("okaz", 6, new DateOnly(2015, 7, 21), new DateOnly(2015, 7, 26)), unknown.Closest[0]);
        Assert.Equal(3, unknown.Closest.Count);
    }

    [Fact]
    public void A_known_outlet_in_any_case_is_not_unknown()
    {
        Assert.Empty(Search("الجبير", sources: "OKAZ").Help.UnknownSources);
    }

    [Fact]
    public void The_sources_list_counts_each_outlet_with_its_first_and_last_day()
    {
        Assert.Equal(
            [new SourceInfo("okaz", 6, new DateOnly(2015, 7, 21), new DateOnly(2015, 7, 26)),
             new SourceInfo("aawsat", 3, new DateOnly(2015, 7, 31), new DateOnly(2015, 8, 2)),
             new SourceInfo("sabq", 1, null, null)],
            searcher.Sources());
    }

    [Fact]
    public void A_query_of_stop_words_only_is_explained()
    {
        var results = Search("في من على");

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(["في", "من", "على"], results.Help.StopWords);
    }

    [Fact]
    public void A_page_past_the_end_names_the_last_page()
    {
        var results = Search("الجبير", page: 4, size: 2);

        Assert.Empty(results.Hits);
        Assert.Equal(6, results.TotalHits);
        Assert.Equal(3, results.Help.LastPage);
        Assert.Null(Search("الجبير", page: 3, size: 2).Help.LastPage);
    }
}
