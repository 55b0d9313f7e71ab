using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>Literal queries score an article by the share of the query's words it contains (<see cref="Ranking.Coordination"/>).</summary>
public class CoordinatedQueryTests : IDisposable
{
    private static readonly Ranking WordsOnly = Ranking.Default with { ExactWeight = 0, GramWeight = 0, ProximityWeight = 0, Coordination = 0 };
    private readonly TempDir temp = new();

    [Fact]
    public void An_article_with_half_the_words_keeps_half_to_the_power_of_its_score()
    {
        using var index = IndexOf(
            new Article("both", "", "انطلق مهرجان ترفيهي لنزلاء السجن في الدمام."),
            new Article("one", "", "انطلق مهرجان الصيف في أبها."));
        using var reader = index.OpenReader();

        var plain = Scores(reader, WordsOnly, "مهرجان ترفيهي");
        var coordinated = Scores(reader, WordsOnly with { Coordination = 0.5f }, "مهرجان ترفيهي");

        Assert.Equal(plain["both"], coordinated["both"], 4);
        Assert.Equal(plain["one"] * MathF.Sqrt(0.5f), coordinated["one"], 4);
    }

    [Fact]
    public void Coordination_off_builds_a_plain_sum_of_the_words()
    {
        var builder = new LiteralQueryBuilder(IndexSchema.Analyzer, WordsOnly);

        Assert.IsNotType<CoordinatedQuery>(builder.Build("مهرجان ترفيهي"));
        Assert.IsType<CoordinatedQuery>(new LiteralQueryBuilder(IndexSchema.Analyzer, WordsOnly with { Coordination = 0.25f }).Build("مهرجان ترفيهي"));
    }

    private static Dictionary<string, float> Scores(Lucene.Net.Index.IndexReader reader, Ranking ranking, string text)
    {
        var searcher = new IndexSearcher(reader) { Similarity = ranking.CreateSimilarity() };
        var query = new LiteralQueryBuilder(IndexSchema.Analyzer, ranking).Build(text)!;
        return searcher.Search(query, 10).ScoreDocs.ToDictionary(hit => searcher.Doc(hit.Doc).Get(IndexSchema.Id), hit => hit.Score);
    }

    private NewsIndex IndexOf(params Article[] articles)
    {
        var index = NewsIndex.Open(Path.Combine(temp.Path, "index"));
        ArticleIndexer.Run(index, articles.Select(ReadOutcome.Of), new IndexRunOptions { Rebuild = true });
        return index;
    }

    public void Dispose() => temp.Dispose();
}
