using System.Globalization;
using NewsSearch.Core.Evaluation;

namespace NewsSearch.Cli.Output;

/// <summary>The eval command's table, with each configuration's relative difference to the first one (the reference).</summary>
public static class EvalText
{
    public static void Write(EvaluationSet set, IReadOnlyList<EvaluationResult> results, TimeSpan total, TextWriter output)
    {
        var name = Math.Max(12, results.Max(r => r.System.Length));
        output.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(set.Folder))}: {set.Queries.Count} queries, " +
                         $"{results[0].Summary.Queries} with a relevant document (the others are left out, as trec_eval does)");
        output.WriteLine($"{"system".PadRight(name)}  MRR@10  Recall@10  Recall@100  nDCG@10  queries  search s");
        var reference = results[0].Summary;
        foreach (var result in results)
        {
            var s = result.Summary;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.System.PadRight(name)}  {s.Mrr10,6:0.000}  {s.Recall10,9:0.000}  {s.Recall100,10:0.000}  {s.Ndcg10,7:0.000}  {s.Queries,7}  {result.SearchTime.TotalSeconds,8:0.0}"));
            if (result != results[0])
                output.WriteLine(("  vs " + results[0].System).PadRight(name) +
                    $"  {Relative(s.Mrr10, reference.Mrr10),6}  {Relative(s.Recall10, reference.Recall10),9}  " +
                    $"{Relative(s.Recall100, reference.Recall100),10}  {Relative(s.Ndcg10, reference.Ndcg10),7}");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total time {total.TotalSeconds:0} s (indexing included)"));
    }

    public static void WritePerQuery(IReadOnlyList<EvaluationResult> results, string path)
    {
        using var file = new StreamWriter(path);
        file.WriteLine("system\tqid\tmrr@10\trecall@10\trecall@100\tndcg@10\tfirst_relevant_rank");
        foreach (var result in results)
            foreach (var q in result.PerQuery)
                file.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.System}\t{q.QueryId}\t{q.Mrr10:0.####}\t{q.Recall10:0.####}\t{q.Recall100:0.####}\t{q.Ndcg10:0.####}\t{q.FirstRelevantRank}"));
    }

    private static string Relative(double value, double reference) =>
        reference > 0 ? string.Create(CultureInfo.InvariantCulture, $"{(value - reference) / reference:+0.0%;-0.0%;0.0%}") : "n/a";
}
