using NewsSearch.Bench;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Bench;

public sealed class QueryMixTests
{
    /// <summary>Articles that share no word, so words from two of them are never found together.</summary>
    private static readonly Article[] Articles =
    [
        new("a1", "", "التقى الوزير السعودي نظيره الفرنسي بالرياض اليوم."),
        new("a2", "", "افتتحت الشركة مصنعا جديدا للسيارات قرب جدة."),
        new("a3", "", "فاز المنتخب التونسي بالمباراة النهائية أمس."),
        new("a4", "", "ارتفعت أسعار النفط العالمية بنسبة كبيرة."),
    ];

    [Fact]
    public void Words_no_article_holds_together_make_the_search_fall_back_to_some_of_them()
    {
        using var index = TempIndex.Of(Articles);

        var notTogether = QueryMix.Build(Articles, index.Index, total: 200, seed: 1)
            .Where(q => q.Kind == "words no article holds together").ToList();

        Assert.NotEmpty(notTogether);
        var searcher = new NewsSearcher(index.Index);
        Assert.All(notTogether, q =>
        {
            var results = searcher.Search(new SearchRequest(q.Text));
            Assert.True(results.PartialMatch, q.Text);
            Assert.NotEmpty(results.Hits);
        });
    }

    [Fact]
    public void Words_few_articles_hold_together_fill_the_page_with_articles_holding_some_of_them()
    {
        // Each word also stands alone in an article of its own, so every query has articles holding some of its words.
        var alone = Articles.SelectMany(a => a.Body.TrimEnd('.').Split(' ')).Distinct().Select((w, i) => new Article($"w{i}", "", w));
        using var index = TempIndex.Of([.. Articles, .. alone]);

        var few = QueryMix.Build(Articles, index.Index, total: 200, seed: 1).Where(q => q.Kind == QueryMix.FewTogether).ToList();

        Assert.NotEmpty(few);
        var searcher = new NewsSearcher(index.Index);
        Assert.All(few, q =>
        {
            var results = searcher.Search(new SearchRequest(q.Text));
            Assert.InRange(results.TotalHits, 1, 2);
            Assert.Equal(results.TotalHits + 1, results.PartialFromRank);
        });
    }
}
