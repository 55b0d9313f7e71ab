namespace NewsSearch.Core.Evaluation;

/// <summary>One query's figures.</summary>
public sealed record QueryScores(string QueryId, double Mrr10, double Recall10, double Recall100, double Ndcg10, int? FirstRelevantRank);
