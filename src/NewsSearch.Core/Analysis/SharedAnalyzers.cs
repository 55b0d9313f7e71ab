namespace NewsSearch.Core.Analysis;

/// <summary>
/// One analyzer per role, shared by every writer and reader of the index (Lucene's analyzers keep their token
/// streams per thread, so one instance serves all threads): the stemmed fields' <see cref="NewsAnalyzer"/> (for the index and for queries),
/// the exact
/// fields' <see cref="ExactFormAnalyzer"/> and the trigram fields' <see cref="WordGramAnalyzer"/>. Which field
/// takes which is the index schema's (Indexing/IndexSchema).
/// </summary>
internal static class SharedAnalyzers
{
    public static NewsAnalyzer Stemmed { get; } = new();
    /// <summary>The stemmed fields' analysis of a query (<see cref="NewsAnalyzer.ForQueries"/>).</summary>
    public static NewsAnalyzer StemmedQueries { get; } = NewsAnalyzer.ForQueries();
    public static ExactFormAnalyzer Exact { get; } = new();
    public static WordGramAnalyzer Grams { get; } = new();
}
