using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>One search weights each of its parts once (<see cref="SharedWeights"/>), and a shared part scores as the part itself.</summary>
public sealed class SharedWeightsTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("a", "موسكو", "وصل المبعوث ويتكوف إلى موسكو للقاء الرئيس."),
        new Article("b", "", "غادر ويتكوف موسكو بعد لقاء دام ساعتين في موسكو."));

    [Fact]
    public void An_equal_part_asked_for_again_gets_the_same_weight()
    {
        index.Index.Searcher.Use(searcher =>
        {
            var weights = new SharedWeights(searcher);

            Assert.Same(weights.Of(Term("موسكو")), weights.Of(Term("موسكو")));
            Assert.NotSame(weights.Of(Term("موسكو")), weights.Of(Term("ويتكوف")));
            return 0;
        });
    }

    [Fact]
    public void Coordinated_queries_with_another_power_are_other_parts()
    {
        index.Index.Searcher.Use(searcher =>
        {
            var weights = new SharedWeights(searcher);

            Assert.NotSame(weights.Of(Coordinated(0.25f)), weights.Of(Coordinated(0.5f)));
            Assert.False(Coordinated(0.25f).Equals(Coordinated(0.5f)));
            Assert.True(Coordinated(0.25f).Equals(Coordinated(0.25f)));
            return 0;
        });
    }

    [Fact]
    public void A_shared_part_inside_a_bigger_query_scores_as_the_part_itself()
    {
        var scores = index.Index.Searcher.Use(searcher =>
        {
            var weights = new SharedWeights(searcher);
            var plain = new BooleanQuery(disableCoord: true) { { Coordinated(0.25f), Occur.SHOULD }, { Term("ويتكوف"), Occur.MUST } };
            var shared = new BooleanQuery(disableCoord: true)
            {
                { weights.Of(Coordinated(0.25f)), Occur.SHOULD }, { weights.Of(Term("ويتكوف")), Occur.MUST },
            };
            return (Plain: Scores(searcher, plain), Shared: Scores(searcher, shared), Again: Scores(searcher, shared));
        });

        Assert.Equal(2, scores.Plain.Count);
        Assert.Equal(scores.Plain, scores.Shared);
        Assert.Equal(scores.Plain, scores.Again);
    }

    private static TermQuery Term(string word) => new(new Term(IndexSchema.Body, word));

    private static CoordinatedQuery Coordinated(float power) =>
        new(power) { { Term("موسكو"), Occur.SHOULD }, { new TermQuery(new Term(IndexSchema.Title, "موسكو")), Occur.SHOULD } };

    private static List<(int, float)> Scores(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, 10).ScoreDocs.Select(hit => (hit.Doc, hit.Score))];

    public void Dispose() => index.Dispose();
}
