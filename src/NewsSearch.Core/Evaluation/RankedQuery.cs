namespace NewsSearch.Core.Evaluation;

public sealed record RankedQuery(string QueryId, IReadOnlyList<(string Doc, float Score)> Hits);
