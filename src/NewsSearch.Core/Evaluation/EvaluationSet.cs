namespace NewsSearch.Core.Evaluation;

/// <summary>A test collection folder: <c>corpus.jsonl.gz</c>, <c>queries.tsv</c>, <c>qrels.txt</c>.</summary>
public sealed record EvaluationSet(string Folder, string CorpusPath, IReadOnlyList<EvaluationQuery> Queries, Qrels Qrels)
{
    public const string CorpusFile = "corpus.jsonl.gz", QueriesFile = "queries.tsv", QrelsFile = "qrels.txt";

    public static EvaluationSet Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"no such folder: {folder}");
        var missing = new[] { CorpusFile, QueriesFile, QrelsFile }.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (missing.Count > 0) throw new FileNotFoundException($"{folder} lacks {string.Join(", ", missing)}");
        return new EvaluationSet(folder, Path.Combine(folder, CorpusFile),
            QuerySet.Load(Path.Combine(folder, QueriesFile)), Qrels.Load(Path.Combine(folder, QrelsFile)));
    }
}
