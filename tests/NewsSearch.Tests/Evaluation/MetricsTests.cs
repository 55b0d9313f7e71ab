using NewsSearch.Core.Evaluation;

namespace NewsSearch.Tests.Evaluation;

/// <summary>
/// A toy collection whose figures are worked out by hand (trec_eval definitions):
/// q1 has d1 (grade 2) and d2 (grade 1) relevant; q2 has only d9 (grade 1); q3 is judged but has nothing relevant.
/// </summary>
public class MetricsTests
{
    private static readonly Qrels Toy = Qrels.Parse(
    [
        "q1 0 d1 2",
        "q1 0 d2 1",
        "q1 0 d3 0",
        "q2 0 d9 1",
        "q3 0 d5 0",
    ]);

    // q1 ranks: d3 (not relevant), d2 (grade 1), d4 (unjudged), d1 (grade 2). q2 finds d9 at rank 12.
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Run = TrecRun.Parse(
    [
        "q1 Q0 d3 1 9.0 toy",
        "q1 Q0 d2 2 8.0 toy",
        "q1 Q0 d4 3 7.0 toy",
        "q1 Q0 d1 4 6.0 toy",
        .. Enumerable.Range(1, 11).Select(i => $"q2 Q0 x{i} {i} {100 - i}.0 toy"),
        "q2 Q0 d9 12 1.0 toy",
        "q3 Q0 d5 1 1.0 toy",
    ]);

    [Fact]
    public void Reciprocal_rank_is_one_over_the_first_relevant_rank_within_ten()
    {
        Assert.Equal(0.5, Score("q1").Mrr10, 10);
        Assert.Equal(0, Score("q2").Mrr10);
        Assert.Equal(12, Score("q2").FirstRelevantRank);
    }

    [Fact]
    public void Recall_counts_relevant_documents_found_within_the_cutoff()
    {
        Assert.Equal(1.0, Score("q1").Recall10, 10);
        Assert.Equal(0.0, Score("q2").Recall10, 10);
        Assert.Equal(1.0, Score("q2").Recall100, 10);
    }

    [Fact]
    public void Ndcg_uses_graded_gains_and_the_ideal_from_the_qrels()
    {
        // DCG = 1/log2(3) + 2/log2(5); ideal = 2/log2(2) + 1/log2(3).
        var expected = (1 / Math.Log2(3) + 2 / Math.Log2(5)) / (2 + 1 / Math.Log2(3));
        Assert.Equal(expected, Score("q1").Ndcg10, 10);
        Assert.Equal(0.5672, Score("q1").Ndcg10, 4); // 1.4923 / 2.6309
        Assert.Equal(0, Score("q2").Ndcg10);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_ranking() =>
        Assert.Equal(1.0, Metrics.Ndcg(["d1", "d2", "d3"], Toy.For("q1"), 10), 10);

    [Fact]
    public void Queries_without_a_relevant_document_are_left_out_of_the_means()
    {
        Assert.Null(Metrics.Score("q3", Run["q3"], Toy.For("q3")));
        Assert.Null(Metrics.Score("unknown", ["d1"], Toy.For("unknown")));

        var summary = MetricSummary.Of([Score("q1"), Score("q2")]);

        Assert.Equal(2, summary.Queries);
        Assert.Equal(0.25, summary.Mrr10, 10);
        Assert.Equal(0.5, summary.Recall10, 10);
        Assert.Equal(1.0, summary.Recall100, 10);
    }

    [Fact]
    public void A_run_is_ordered_by_score_whatever_the_line_order() =>
        Assert.Equal(["b", "a"], TrecRun.Parse(["q Q0 a 2 1.5 t", "q Q0 b 1 2.5 t"])["q"]);

    [Fact]
    public void Malformed_qrels_name_the_line() =>
        Assert.Contains(":2:", Assert.Throws<InvalidDataException>(() => Qrels.Parse(["q1 0 d1 1", "q1 d2"])).Message);

    private static QueryScores Score(string query) => Metrics.Score(query, Run[query], Toy.For(query))!;
}
