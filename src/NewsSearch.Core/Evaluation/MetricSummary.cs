namespace NewsSearch.Core.Evaluation;

/// <summary>Means over the queries that have at least one relevant document.</summary>
public sealed record MetricSummary(double Mrr10, double Recall10, double Recall100, double Ndcg10, int Queries)
{
    public static MetricSummary Of(IReadOnlyCollection<QueryScores> scores) =>
        scores.Count == 0
            ? new(0, 0, 0, 0, 0)
            : new(scores.Average(s => s.Mrr10), scores.Average(s => s.Recall10), scores.Average(s => s.Recall100),
                  scores.Average(s => s.Ndcg10), scores.Count);
}
