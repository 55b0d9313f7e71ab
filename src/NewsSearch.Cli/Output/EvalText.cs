using System.Globalization;
using NewsSearch.Core.Evaluation;

namespace NewsSearch.Cli.Output;

/// <summary>
/// The eval command's table, one row per configuration as soon as it is measured, each with its
/// relative difference to the first row (the reference).
/// </summary>
public sealed class EvalText(TextWriter output, int nameWidth)
{
    private EvaluationResult? reference;

    public void WriteHeader(EvaluationSet set)
    {
        output.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(set.Folder))}: {set.Queries.Count} queries; " +
                         "those without a relevant document in the qrels are left out, as trec_eval does");
        output.WriteLine($"{"system".PadRight(nameWidth)}  MRR@10  Recall@10  Recall@100  nDCG@10  queries  search s");
    }

    public void WriteRow(EvaluationResult result)
    {
        var s = result.Summary;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.System.PadRight(nameWidth)}  {s.Mrr10,6:0.000}  {s.Recall10,9:0.000}  {s.Recall100,10:0.000}  " +
            $"{s.Ndcg10,7:0.000}  {s.Queries,7}  {result.SearchTime.TotalSeconds,8:0.0}"));
        if (reference is not { Summary: var r })
        {
            reference = result;
            return;
        }
        output.WriteLine(("  vs " + reference.System).PadRight(nameWidth) +
            $"  {Relative(s.Mrr10, r.Mrr10),6}  {Relative(s.Recall10, r.Recall10),9}  " +
            $"{Relative(s.Recall100, r.Recall100),10}  {Relative(s.Ndcg10, r.Ndcg10),7}");
    }

    public static void WritePerQuery(IReadOnlyList<EvaluationResult> results, string path)
    {
        using var file = new StreamWriter(path);
        file.WriteLine("system\tqid\tmrr@10\trecall@10\trecall@100\tndcg@10\tfirst_relevant_rank");
        foreach (var result in results)
            foreach (var q in result.PerQuery)
                file.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.System}\t{q.QueryId}\t{q.Mrr10:0.####}\t{q.Recall10:0.####}\t" +
                    $"{q.Recall100:0.####}\t{q.Ndcg10:0.####}\t{q.FirstRelevantRank}"));
    }

    /// <summary>Every system's results in TREC run format (<c>qid Q0 docid rank score system</c>), for trec_eval.</summary>
    public static void WriteRun(IReadOnlyList<EvaluationResult> results, string path)
    {
        using var file = new StreamWriter(path);
        foreach (var result in results)
            foreach (var query in result.Run)
                for (var i = 0; i < query.Hits.Count; i++)
                    file.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{query.QueryId} Q0 {query.Hits[i].Doc} {i + 1} {query.Hits[i].Score:R} {result.System}"));
    }

    private static string Relative(double value, double reference) =>
        reference > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(value - reference) / reference:+0.0%;-0.0%;0.0%}") : "n/a";
}
