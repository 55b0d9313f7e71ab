using NewsSearch.Core.Searching;

namespace NewsSearch.Core.Evaluation;

/// <summary>NewsSearch's index and analysis, ranked by <see cref="LiteralQueryBuilder"/> with the given settings.</summary>
public sealed record NewsSearchSystem(Ranking Ranking, string Name = "newssearch") : RetrievalSystem(Name);
