namespace NewsSearch.Core.Evaluation;

/// <summary>Relevance judgements in TREC format (<c>qid 0 docid relevance</c>): graded, 0 = judged not relevant.</summary>
public sealed class Qrels
{
    private readonly Dictionary<string, Dictionary<string, int>> judgements;

    private Qrels(Dictionary<string, Dictionary<string, int>> judgements) => this.judgements = judgements;

    /// <summary>Relevance of each judged document for a query (empty when the query has none).</summary>
    public IReadOnlyDictionary<string, int> For(string queryId) =>
        judgements.TryGetValue(queryId, out var docs) ? docs : new Dictionary<string, int>();

    public static Qrels Load(string path) => Parse(File.ReadLines(path), path);

    public static Qrels Parse(IEnumerable<string> lines, string source = "qrels")
    {
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length != 4 || !int.TryParse(parts[3], out var relevance))
                throw new InvalidDataException($"{source}:{number}: expected \"qid 0 docid relevance\"");
            if (!judgements.TryGetValue(parts[0], out var docs)) judgements[parts[0]] = docs = new(StringComparer.Ordinal);
            docs[parts[2]] = relevance;
        }
        return new Qrels(judgements);
    }
}
