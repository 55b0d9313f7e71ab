namespace NewsSearch.Core.Evaluation;

public sealed record EvaluationResult(string System, MetricSummary Summary, IReadOnlyList<QueryScores> PerQuery, TimeSpan SearchTime)
{
    /// <summary>Each query's results, best first, as a TREC run holds them.</summary>
    public IReadOnlyList<RankedQuery> Run { get; init; } = [];
}
