using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary><c>word~</c> and <c>prefix*</c> find what was meant and rank it (the الجبير~ and مفاوض* examples).</summary>
public sealed class FuzzyAndPrefixRankingTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("blackberry", "باكستان توقف خدمات بلاكبيري", "أعلنت باكستان وقف خدمات بلاكبيري لأسباب أمنية، وقالت إن بلاكبيري لم يستجب."),
        new Article("jubeir", "الجبير يلتقي نظيره", "قال وزير الخارجية عادل الجبير إن المملكة ترحب بالاتفاق."),
        new Article("jubeiri", "خبر", "وصل الجبيري إلى الرياض أمس."),
        new Article("khabir", "الخبير الاقتصادي", "قال الخبير إن الأسواق مستقرة."),
        new Article("zarif", "ظريف في فيينا", "وصل ظريف إلى فيينا."),
        new Article("zarifa", "مدينة ظريفة", "المدينة ظريفة وهادئة."),
        new Article("tarif", "قصة", "حكاية طريف ومغامراته."),
        new Article("talks", "جولة مفاوضات جديدة",
            "استؤنفت المفاوضات في جنيف، وقال المفاوض الإيراني إن المفاوضين قريبون من اتفاق وإن المفاوضات ستستمر."),
        new Article("sports", "رئيس النصر لمفاوضيه", "طلب رئيس النادي من لاعبيه الجدية في المباراة المقبلة وشكر الجماهير على الحضور الكبير."));

    private readonly NewsSearcher searcher;

    public FuzzyAndPrefixRankingTests() => searcher = new NewsSearcher(index.Index);

    public void Dispose() => index.Dispose();

    private List<SearchHit> Hits(string query) => [.. searcher.Search(new SearchRequest(query)).Hits];

    [Fact]
    public void A_long_fuzzy_word_finds_the_exact_form_first_then_its_close_spellings_and_never_a_far_word()
    {
        var hits = Hits("الجبير~");

        Assert.Equal(["jubeir", "jubeiri"], hits.Select(h => h.Article.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void A_short_fuzzy_word_allows_one_edit_and_keeps_its_first_letter()
    {
        Assert.Equal(["zarif", "zarifa"], Hits("ظريف~").Select(h => h.Article.Id));
    }

    [Theory]
    [InlineData("الجبير", 1)]
    [InlineData("بلاكبيري", 2)]
    [InlineData("ظريف", 1)]
    [InlineData("كيري", 1)]
    [InlineData("المفاوضات", 2)]
    [InlineData("الاتفاق", 1)]
    public void Words_under_six_letters_after_al_get_one_edit_longer_ones_two(string word, int edits)
    {
        var query = (FuzzyWordQuery)new NewsQueryParser(NewsSearch.Core.Indexing.IndexSchema.Analyzer)
            .Parse(word + "~");

        Assert.Equal(edits, query.MaxEdits);
        Assert.Equal(word.StartsWith("ال") ? 3 : 1, query.FixedPrefix);
    }

    [Fact]
    public void A_fuzzy_word_marks_the_forms_it_matched()
    {
        var hit = Hits("الجبير~")[0];

        Assert.Contains(hit.Snippets.SelectMany(s => s.Marks), m => hit.Article.Body.Substring(m.Start, m.Length) == "الجبير");
    }

    [Fact]
    public void A_prefix_ranks_articles_by_the_words_it_matched_instead_of_scoring_them_all_the_same()
    {
        var hits = Hits("مفاوض*");

        Assert.Equal("talks", hits[0].Article.Id);
        Assert.Contains(hits, h => h.Article.Id == "sports");
        Assert.True(hits[0].Score > hits[^1].Score);
        Assert.NotEmpty(hits[0].Snippets.SelectMany(s => s.Marks));
    }
}
