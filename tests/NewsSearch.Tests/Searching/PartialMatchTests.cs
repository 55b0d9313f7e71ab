using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// <see cref="SearchResults.PartialMatch"/>: a query of words and phrases that no article holds whole is searched
/// again for articles with some of its words; any other query that finds nothing stays empty.
/// </summary>
public sealed class PartialMatchTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("miami", "لقاء في ميامي", "التقى المبعوث ويتكوف الوفد الأوكراني في ميامي.") { Source = "aawsat" },
        new Article("moscow", "زيارة موسكو", "زار كوشنر موسكو والتقى مستشار الرئيس.") { Source = "okaz" },
        new Article("riyadh", "", "أعلنت وزارة الصحة حملة تطعيم في الرياض.") { Source = "okaz" },
        new Article("fair", "", "افتتح معرض الكتاب في ميامي.") { Published = new DateTimeOffset(2015, 6, 1, 0, 0, 0, TimeSpan.Zero) },
        new Article("tribe", "", "وإلى مدين أخاهم شعيبا.") { Source = "quran" },
        new Article("ministers", "", "اجتمع الوزراء أمس.") { Source = "okaz" });

    private NewsSearcher Searcher => new(index.Index);

    [Fact]
    public void Words_found_together_are_not_a_partial_match()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف ميامي"));

        Assert.False(results.PartialMatch);
        Assert.Equal(1, results.TotalHits);
        Assert.Equal("miami", results.Hits[0].Article.Id);
        Assert.Equal(2, results.PartialFromRank);
    }

    [Fact]
    public void Words_no_article_holds_together_find_the_articles_with_some_of_them_marked()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو"));

        Assert.True(results.PartialMatch);
        Assert.Equal(["miami", "moscow"], results.Hits.Select(h => h.Article.Id).Order());
        Assert.Equal((0, 2, 1), (results.TotalHits, results.PartialTotal, results.PartialFromRank));
        var moscow = results.Hits.Single(h => h.Article.Id == "moscow");
        var snippet = Assert.Single(moscow.Snippets);
        Assert.Contains(snippet.Marks, m => snippet.Text.Substring(m.Start - snippet.Start, m.Length) == "موسكو");
    }

    [Fact]
    public void An_article_with_more_of_the_words_ranks_first()
    {
        var results = Searcher.Search(new SearchRequest("كوشنر موسكو ويتكوف"));

        Assert.True(results.PartialMatch);
        Assert.Equal("moscow", results.Hits[0].Article.Id);
    }

    [Fact]
    public void A_phrase_no_article_holds_beside_a_word_falls_back_to_the_articles_with_some_of_the_words()
    {
        var results = Searcher.Search(new SearchRequest("\"زار كوشنر\" ميامي"));

        Assert.True(results.PartialMatch);
        Assert.Equal(["fair", "miami", "moscow"], results.Hits.Take(3).Select(h => h.Article.Id).Order());
        // زار is a three-letter stem, and its one trigram is inside وزارة: the article follows those with the words.
        Assert.Equal("riyadh", results.Hits[3].Article.Id);
    }

    [Fact]
    public void A_word_whose_stem_is_inside_a_longer_form_counts_but_one_shared_trigram_does_not()
    {
        var results = Searcher.Search(new SearchRequest("ميامي شعيب"));
        var giraffe = Searcher.Search(new SearchRequest("ويتكوف زرافات"));

        Assert.Contains(results.Hits, h => h.Article.Id == "tribe");
        Assert.DoesNotContain(giraffe.Hits, h => h.Article.Id == "ministers");
    }

    [Fact]
    public void The_partial_search_keeps_the_filters_and_counts_what_it_found()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو source:okaz"));

        Assert.True(results.PartialMatch);
        Assert.Equal("moscow", Assert.Single(results.Hits).Article.Id);
        Assert.Equal([new SourceCount("okaz", 1)], results.Counts.BySource);
    }

    [Theory]
    [InlineData("زرافة")]
    [InlineData("\"موسكو ويتكوف\"")]
    [InlineData("ويتكوف AND موسكو")]
    [InlineData("+ويتكوف +موسكو")]
    [InlineData("ويتكوف -ميامي")]
    [InlineData("title:ويتكوف موسكو")]
    [InlineData("زرافة في")]
    [InlineData("ويتكوف (NOT ميامي)")]
    [InlineData("(-ميامي كوشنر) ويتكوف")]
    [InlineData("ويتكوف ميامي source:nosuch")]
    public void One_word_one_phrase_or_a_query_with_operators_that_finds_nothing_stays_empty(string query)
    {
        var results = Searcher.Search(new SearchRequest(query));

        Assert.False(results.PartialMatch);
        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public void Words_found_together_in_an_undated_article_outside_a_date_range_are_counted_as_left_out_above_partial_matches()
    {
        // "fair" is dated within the range and has one of the words; "miami", undated, has both.
        var results = Searcher.Search(new SearchRequest("ويتكوف ميامي") { Filter = new SearchFilter { From = new(2015, 1, 1), To = new(2015, 12, 31) } });

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(1, results.UndatedExcluded);
        Assert.Equal("fair", Assert.Single(results.Hits).Article.Id);
        Assert.Equal(1, results.PartialFromRank);
    }

    [Fact]
    public void The_search_for_some_words_spends_what_is_left_of_the_time_limit_not_a_new_one()
    {
        var counting = new JumpingClock(jumpAtReading: int.MaxValue);
        new NewsSearcher(index.Index) { Clock = counting }.Search(new SearchRequest("زرافة"));
        // The hour passes just after a search that finds nothing, where the search for some of the words begins.
        var clock = new JumpingClock(jumpAtReading: counting.Readings + 1);
        var searcher = new NewsSearcher(index.Index) { TimeLimit = TimeSpan.FromSeconds(2), Clock = clock };

        Assert.Throws<SearchTimeoutException>(() => searcher.Search(new SearchRequest("ويتكوف موسكو")));
    }

    public void Dispose() => index.Dispose();

    /// <summary>A clock that stands still except for one jump of an hour at a given reading.</summary>
    private sealed class JumpingClock(int jumpAtReading) : Lucene.Net.Util.Counter
    {
        private long now;
        public int Readings { get; private set; }
        public override long AddAndGet(long delta) => now += delta;
        public override long Value => ++Readings == jumpAtReading ? now += 3_600_000 : now;
    }
}
