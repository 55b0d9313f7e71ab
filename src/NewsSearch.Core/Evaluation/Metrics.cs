namespace NewsSearch.Core.Evaluation;

/// <summary>
/// Ranking metrics as trec_eval defines them (recip_rank cut at 10, recall_10, recall_100, ndcg_cut_10):
/// a document is relevant when its judgement is above 0; nDCG uses the graded judgement as gain with a
/// log2(rank + 1) discount, the ideal ranking being the query's judgements sorted by grade.
/// </summary>
internal static class Metrics
{
    /// <summary>Null when the query has no relevant document in the qrels: trec_eval leaves such queries out.</summary>
    public static QueryScores? Score(string queryId, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        var relevant = judged.Count(j => j.Value > 0);
        if (relevant == 0) return null;
        var first = FirstRelevantRank(ranked, judged);
        return new QueryScores(
            queryId,
            first is { } rank && rank <= 10 ? 1.0 / rank : 0,
            RelevantIn(ranked, judged, 10) / (double)relevant,
            RelevantIn(ranked, judged, 100) / (double)relevant,
            Ndcg(ranked, judged, 10),
            first);
    }

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int cutoff)
    {
        var ideal = Dcg(judged.Values.Where(g => g > 0).OrderDescending().Take(cutoff));
        return ideal > 0 ? Dcg(ranked.Take(cutoff).Select(d => Math.Max(0, judged.GetValueOrDefault(d)))) / ideal : 0;
    }

    private static double Dcg(IEnumerable<int> gains) => gains.Select((gain, i) => gain / Math.Log2(i + 2)).Sum();

    private static int? FirstRelevantRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        for (var i = 0; i < ranked.Count; i++)
            if (judged.GetValueOrDefault(ranked[i]) > 0) return i + 1;
        return null;
    }

    private static int RelevantIn(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged, int cutoff) =>
        ranked.Take(cutoff).Count(d => judged.GetValueOrDefault(d) > 0);
}
