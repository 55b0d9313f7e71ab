namespace NewsSearch.Core.Evaluation;

/// <summary>Reads <c>queries.tsv</c>: <c>qid&lt;TAB&gt;query text</c>, one a line.</summary>
internal static class QuerySet
{
    public static IReadOnlyList<EvaluationQuery> Load(string path) => Parse(File.ReadLines(path), path);

    public static IReadOnlyList<EvaluationQuery> Parse(IEnumerable<string> lines, string source = "queries")
    {
        var queries = new List<EvaluationQuery>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{source}:{number}: expected \"qid<TAB>query\"");
            queries.Add(new EvaluationQuery(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return queries;
    }
}
