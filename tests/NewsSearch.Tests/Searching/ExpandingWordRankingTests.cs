using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// A typed search with a prefix, wildcard or fuzzy word is ranked by the words it expands to (BM25 over the prefix's
/// most common words), not by the literal ranking, which reads <c>ظر*</c> as the letters ظر and scored every hit 0.
/// </summary>
public sealed class ExpandingWordRankingTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("once", "خبر", "وصل ظريف إلى فيينا أمس."),
        new Article("often", "ظروف صعبة", "قال إن الظروف صعبة وإن ظروف المنطقة تتغير وظروف السوق كذلك."),
        new Article("other", "خبر", "افتتح معرض الكتاب في جدة."));

    private readonly NewsSearcher searcher;

    public ExpandingWordRankingTests() => searcher = new NewsSearcher(index.Index);

    public void Dispose() => index.Dispose();

    private List<SearchHit> Hits(string query) => [.. searcher.Search(new SearchRequest(query)).Hits];

    [Theory]
    [InlineData("ظر*")]
    [InlineData("ظر?ف")]
    public void A_two_letter_prefix_or_a_wildcard_scores_every_hit_by_its_words(string query)
    {
        var hits = Hits(query);

        Assert.Equal("often", hits[0].Article.Id);
        Assert.All(hits, h => Assert.True(h.Score > 0, $"{h.Article.Id} scored {h.Score}"));
    }
}
