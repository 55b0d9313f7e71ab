using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// A query of words and phrases whose articles with all the words do not fill the requested window goes on with
/// the articles holding some of its words, after <see cref="SearchResults.PartialFromRank"/>; ranks run on across
/// that divider from page to page. Queries with operators are never widened.
/// </summary>
public sealed class WidenedSearchTests : IDisposable
{
    private static readonly string[] BothWords = ["both1", "both2"];
    private static readonly string[] SomeWords = ["w1", "w2", "w3", "m1", "m2", "m3"];

    private readonly TempIndex index = TempIndex.Of(
        Dated("both1", "وصل المبعوث ويتكوف إلى موسكو للقاء الرئيس.", 1),
        Dated("w1", "قال ويتكوف إن المحادثات كانت مثمرة.", 20),
        Dated("m1", "ارتفعت درجات الحرارة في موسكو اليوم.", 21),
        Dated("both2", "غادر ويتكوف موسكو بعد لقاء دام ساعتين.", 2),
        Dated("w2", "التقى ويتكوف الوفد الأوكراني في ميامي.", 22),
        Dated("m2", "افتتح معرض الكتاب في موسكو.", 23),
        Dated("w3", "وصل ويتكوف إلى الرياض.", 24),
        Dated("m3", "أعلنت بلدية موسكو خطة للنقل.", 25),
        Dated("other", "أعلنت وزارة الصحة حملة تطعيم في جدة.", 26));

    private static Article Dated(string id, string body, int day) =>
        new(id, "", body) { Published = new DateTimeOffset(2015, 6, day, 0, 0, 0, TimeSpan.Zero) };

    private NewsSearcher Searcher => new(index.Index);

    [Fact]
    public void A_page_the_articles_with_all_the_words_do_not_fill_is_filled_with_those_with_some_after_the_divider()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو"));

        Assert.Equal(2, results.TotalHits);
        Assert.Equal(6, results.PartialTotal);
        Assert.Equal(3, results.PartialFromRank);
        Assert.False(results.PartialMatch);
        Assert.Equal(Enumerable.Range(1, 8), results.Hits.Select(h => h.Rank));
        Assert.Equal(BothWords, results.Hits.Take(2).Select(h => h.Article.Id).Order());
        Assert.Equal(SomeWords.Order(), results.Hits.Skip(2).Select(h => h.Article.Id).Order());
    }

    [Fact]
    public void A_page_the_articles_with_all_the_words_fill_is_unchanged()
    {
        var full = Searcher.Search(new SearchRequest("ويتكوف موسكو"));
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو") { PageSize = 2 });

        Assert.Equal(2, results.TotalHits);
        Assert.Null(results.PartialFromRank);
        Assert.Equal(0, results.PartialTotal);
        Assert.Equal(full.Hits.Take(2).Select(h => (h.Article.Id, h.Score)), results.Hits.Select(h => (h.Article.Id, h.Score)));
    }

    [Fact]
    public void Pages_run_on_across_the_divider_without_overlap_or_gap()
    {
        var all = Searcher.Search(new SearchRequest("ويتكوف موسكو") { PageSize = 20 });
        var pages = Enumerable.Range(1, 4).Select(p => Searcher.Search(new SearchRequest("ويتكوف موسكو") { Page = p, PageSize = 3 })).ToList();

        Assert.Equal(all.Hits.Select(h => (h.Rank, h.Article.Id)), pages.SelectMany(p => p.Hits).Select(h => (h.Rank, h.Article.Id)));
        Assert.Equal([3, 3, 3, 3], pages.Select(p => p.PartialFromRank));
        Assert.All(pages, p => Assert.Equal((2, 6), (p.TotalHits, p.PartialTotal)));
        Assert.Empty(pages[3].Hits);
    }

    [Fact]
    public void A_page_wholly_past_the_divider_holds_only_articles_with_some_of_the_words()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو") { Page = 2, PageSize = 4 });

        Assert.Equal([5, 6, 7, 8], results.Hits.Select(h => h.Rank));
        Assert.All(results.Hits, h => Assert.Contains(h.Article.Id, SomeWords));
        Assert.Equal(3, results.PartialFromRank);
    }

    [Fact]
    public void Newest_first_sorts_the_articles_with_all_the_words_and_those_with_some_each_on_their_own()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو") { Order = ResultOrder.Newest });

        Assert.Equal(["both2", "both1", "m3", "w3", "m2", "w2", "m1", "w1"], results.Hits.Select(h => h.Article.Id));
        Assert.Equal(3, results.PartialFromRank);
    }

    [Theory]
    [InlineData("ويتكوف موسكو")]
    [InlineData("ويتك* موسكو")]
    [InlineData("\"وصل ويتكوف\" موسكو")]
    [InlineData("ويتكوف موسكو الرياض")]
    public void Both_parts_find_and_score_the_articles_their_own_queries_searched_alone_do(string query)
    {
        var searcher = Searcher;
        var parsed = searcher.Parse(new SearchRequest(query));
        var (alone, some) = index.Index.Searcher.Use(s =>
        {
            var someWords = searcher.SomeWordsOnly(parsed)!;
            var hits = new[] { searcher.AllWordsRanked(parsed), someWords }
                .SelectMany(q => s.Search(q, 20).ScoreDocs.Select(hit => (s.Doc(hit.Doc).Get(IndexSchema.Id), hit.Score)))
                .ToList();
            return (hits, s.Search(someWords, 1).TotalHits);
        });

        var results = searcher.Search(new SearchRequest(query) { PageSize = 20 });

        Assert.NotEqual(0, some);
        Assert.Equal(some, results.PartialTotal);
        Assert.Equal(alone, results.Hits.Select(h => (h.Article.Id, h.Score)));
    }

    [Fact]
    public void The_counts_stay_those_of_the_articles_with_all_the_words()
    {
        var results = Searcher.Search(new SearchRequest("ويتكوف موسكو"));

        Assert.Equal(2, results.Counts.Total);
    }

    [Theory]
    [InlineData("ويتكوف -موسكو")]
    [InlineData("ويتكوف NOT الرياض")]
    [InlineData("+ويتكوف موسكو")]
    [InlineData("=ويتكوف موسكو")]
    [InlineData("body:ويتكوف موسكو")]
    [InlineData("ويتكوف^2 موسكو")]
    [InlineData("ويتكوف OR كوشنر")]
    [InlineData("ويتكوف (موسكو OR كوشنر)")]
    [InlineData("ويتكوف موسكو [الف TO ي]")]
    public void A_query_with_operators_is_never_widened(string query)
    {
        var results = Searcher.Search(new SearchRequest(query));

        Assert.Null(results.PartialFromRank);
        Assert.Equal(0, results.PartialTotal);
        Assert.InRange(results.Hits.Count, 0, 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Words_too_long_to_rank_literally_are_searched_as_the_query_language_reads_them(int words)
    {
        var query = string.Join(' ', Enumerable.Repeat(new string('ب', 990 / words), words));

        var results = Searcher.Search(new SearchRequest(query));

        Assert.Equal(0, results.TotalHits);
        Assert.Null(results.PartialFromRank);
    }

    public void Dispose() => index.Dispose();
}
