namespace NewsSearch.Core.Evaluation;

public sealed record EvaluationQuery(string Id, string Text);
