namespace NewsSearch.Core.Evaluation;

/// <summary>
/// The reference: stock Lucene <c>ArabicAnalyzer</c>, title and body in one field, BM25 (k1 1.2, b 0.75),
/// the query's terms as SHOULD clauses.
/// </summary>
public sealed record StockSystem() : RetrievalSystem("stock");
