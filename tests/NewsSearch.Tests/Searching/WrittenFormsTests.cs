using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>"Did you mean" shows a word as outlets write it (مؤتمر), never the index's normalised form (مءتمر).</summary>
public sealed class WrittenFormsTests : IDisposable
{
    private static readonly DateTimeOffset July21 = new(2015, 7, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>مؤتمر in four articles; الحكومة in the three newest of five, الحكومه in the two oldest.</summary>
    private static IEnumerable<Article> Articles()
    {
        for (var i = 0; i < 4; i++)
            yield return new Article($"m{i}", "خبر", $"عقد وزير الخارجية مؤتمرا ثم مؤتمر صحفي رقم {i} في جدة.")
            { Source = "okaz", Published = July21.AddDays(i) };
        for (var i = 0; i < 5; i++)
            yield return new Article($"h{i}", "خبر", $"قالت {(i < 2 ? "الحكومه" : "الحكومة")} في بيان رقم {i} إنها ترحب.")
            { Source = "sabq", Published = July21.AddDays(i) };
    }

    private readonly TempIndex index = new(Articles().Select(ReadOutcome.Of));
    private readonly NewsSearcher searcher;

    public WrittenFormsTests() => searcher = new NewsSearcher(index.Index);

    public void Dispose() => index.Dispose();

    private SearchResults Search(string query) => searcher.Search(new SearchRequest(query));

    [Fact]
    public void A_suggestion_and_its_query_show_the_word_with_its_hamza_and_find_what_the_index_form_finds()
    {
        var best = Search("موتمر").Help.Spellings[0];

        Assert.Equal(("مؤتمر", 4, "مؤتمر"), (best.Suggestion, best.Articles, best.Query));
        Assert.Equal(Search("مءتمر").TotalHits, Search(best.Query).TotalHits);
    }

    [Fact]
    public void Where_outlets_differ_the_suggestion_is_the_spelling_the_newest_articles_write_most()
    {
        var best = Search("الحكومةة").Help.Spellings[0];

        Assert.Equal(("الحكومة", 5, "الحكومة"), (best.Suggestion, best.Articles, best.Query));
    }

    [Fact]
    public void Only_the_newest_articles_count_and_shards_give_one_index_choice_in_any_order()
    {
        WrittenSample Sample(long published, string id, params string[] words) => new(published, id, [.. words]);
        var old = Sample(1, "a", "الحكومه", "الحكومه", "الحكومه", "الحكومه");
        var newer = new[] { Sample(5, "b", "الحكومة"), Sample(5, "c", "الحكومة"), Sample(4, "d", "الحكومه"), Sample(3, "e"), Sample(2, "f") };

        Assert.Equal("الحكومة", WrittenForms.MostWritten("الحكومه", [old, .. newer]));
        Assert.Equal("الحكومة", WrittenForms.MostWritten("الحكومه", [.. newer.Skip(2), old, .. newer.Take(2)]));
        Assert.Equal("الحكومه", WrittenForms.MostWritten("الحكومه", [Sample(1, "a")]));
    }

    [Fact]
    public void A_word_that_does_not_read_as_the_form_is_never_shown()
    {
        Assert.Equal("مءتمر", WrittenForms.MostWritten("مءتمر", [new WrittenSample(1, "a", ["مستمر", "مستمر"])]));
    }
}
