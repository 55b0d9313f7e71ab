using NewsSearch.Tests.Support;
using System.IO.Compression;
using System.Text;
using NewsSearch.Core.Evaluation;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Evaluation;

/// <summary>A three-article collection written on the fly, evaluated end to end by both systems.</summary>
public class EvaluatorTests : IDisposable
{
    private readonly TempDir temp = new();

    [Theory]
    [InlineData("stock")]
    [InlineData("newssearch")]
    public void Finds_each_known_item_first(string system)
    {
        using var evaluator = new Evaluator(WriteSet());

        var result = evaluator.Run(system == "stock" ? new StockSystem() : new NewsSearchSystem(Ranking.Default));

        Assert.Equal(2, result.Summary.Queries);
        Assert.Equal(1.0, result.Summary.Mrr10, 10);
        Assert.All(result.PerQuery, q => Assert.Equal(1, q.FirstRelevantRank));
    }

    [Fact]
    public void The_default_search_scores_queries_as_typed_and_a_refused_query_finds_nothing()
    {
        using var evaluator = new Evaluator(WriteSet());

        var result = evaluator.Run(new DefaultSearchSystem());

        Assert.Equal("newssearch search", result.System);
        Assert.Equal(1, result.PerQuery.Single(q => q.QueryId == "q1").FirstRelevantRank);
        Assert.Null(result.PerQuery.Single(q => q.QueryId == "q2").FirstRelevantRank);
        Assert.Empty(result.Run.Single(q => q.QueryId == "q2").Hits);
    }

    [Fact]
    public void Load_names_the_missing_files()
    {
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var error = Assert.Throws<FileNotFoundException>(() => EvaluationSet.Load(Path.Combine(temp.Path, "empty")));

        Assert.Contains("corpus.jsonl.gz", error.Message);
        Assert.Contains("qrels.txt", error.Message);
    }

    private EvaluationSet WriteSet()
    {
        var folder = Path.Combine(temp.Path, "set");
        Directory.CreateDirectory(folder);
        using (var gzip = new GZipStream(File.Create(Path.Combine(folder, "corpus.jsonl.gz")), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(
                """
                {"id": "d1", "title": "", "body": "انطلق مهرجان ترفيهي لنزلاء السجن في الدمام بمشاركة واسعة."}
                {"id": "d2", "title": "", "body": "احتفل الشاب آل ناصر بزفافه في عسير وسط حضور الأهل."}
                {"id": "d3", "title": "", "body": "أعلنت وزارة الصحة عن حملة تطعيم في الرياض."}

                """));
        // Quotes, brackets and AND are text here, not query syntax.
        File.WriteAllText(Path.Combine(folder, "queries.tsv"), "q1\t«مهرجان ترفيهي» .. لنزلاء الدمام\nq2\t\"آل ناصر\" AND (يحتفل بزفافه\nq3\tلا شيء\n");
        File.WriteAllText(Path.Combine(folder, "qrels.txt"), "q1 0 d1 1\nq2 0 d2 1\nq3 0 d3 0\n");
        return EvaluationSet.Load(folder);
    }

    public void Dispose() => temp.Dispose();
}
