namespace NewsSearch.Core.Evaluation;

/// <summary>A run: for each query, the document ids a system returned, best first.</summary>
internal static class TrecRun
{
    /// <summary>Reads TREC run lines <c>qid Q0 docid rank score tag</c>, ordered by score (then rank) per query.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load(string path) => Parse(File.ReadLines(path), path);

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(IEnumerable<string> lines, string source = "run")
    {
        var rows = new List<(string Query, string Doc, int Rank, double Score)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length < 5 || !int.TryParse(parts[3], out var rank) ||
                !double.TryParse(parts[4], System.Globalization.CultureInfo.InvariantCulture, out var score))
                throw new InvalidDataException($"{source}:{number}: expected \"qid Q0 docid rank score [tag]\"");
            rows.Add((parts[0], parts[2], rank, score));
        }
        return rows.GroupBy(r => r.Query, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.OrderByDescending(r => r.Score).ThenBy(r => r.Rank).Select(r => r.Doc).ToList(),
            StringComparer.Ordinal);
    }
}
