using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Analysis;

/// <summary>
/// A clitic written apart (الأهلي لـ«المسابقات», الأيام الـ 5) is no word of a query: a pasted headline does not
/// require it. The index analysis keeps it, so indexing is unchanged.
/// </summary>
public sealed class DetachedCliticTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("quote", "", "قال نادي الأهلي في بيان إلى لجنة المسابقات إنه يطلب تغيير موعد المباراة."),
        new Article("other", "", "أعلنت لجنة المسابقات جدول الدوري."));

    [Theory]
    [InlineData("لـ")]
    [InlineData("الـ")]
    [InlineData("كـ")]
    [InlineData("ل")]
    public void A_query_drops_a_clitic_written_apart(string clitic)
    {
        Assert.Equal(["اهل", "مسابق"], Tokens.Of(NewsAnalyzer.ForQueries(), $"الأهلي {clitic} «المسابقات»"));
        Assert.Contains("ل", Tokens.Of(new NewsAnalyzer(), "الأهلي لـ «المسابقات»"));
    }

    [Theory]
    [InlineData("الأهلي لـ «المسابقات»")]
    [InlineData("الأهلي لـ«المسابقات»")]
    public void A_pasted_headline_with_a_detached_clitic_finds_the_article_with_all_its_words(string headline)
    {
        var results = new NewsSearcher(index.Index).Search(new SearchRequest(headline));

        Assert.Equal(1, results.TotalHits);
        Assert.Equal("quote", results.Hits[0].Article.Id);
    }

    public void Dispose() => index.Dispose();
}
