using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Words that are the same word spelled differently (أميركي/أمريكي, هناتوف/غناتوف), keyed by their analysed
/// form. Applied at query time: a query term with variants searches all of them, so variants can be added
/// without re-indexing. Read from the shipped list plus an optional user file of the same format.
/// </summary>
public sealed class SpellingVariants
{
    public const string Resource = "analysis/spelling-variants.txt";

    /// <summary>The name of the user's own variants file, looked for in the index folder.</summary>
    public const string UserFileName = "variants.txt";

    public static SpellingVariants Shipped { get; } = From(WordsAndStems.ResourceLines(Resource), SharedAnalyzers.Stemmed);

    private readonly Dictionary<string, string[]> groups;

    private SpellingVariants(Dictionary<string, string[]> groups) => this.groups = groups;

    /// <summary>The shipped variants plus those in <paramref name="userFile"/> when it exists.</summary>
    public static SpellingVariants Load(string? userFile)
    {
        if (userFile is null || !File.Exists(userFile)) return Shipped;
        return From(WordsAndStems.ResourceLines(Resource).Concat(File.ReadLines(userFile)), SharedAnalyzers.Stemmed);
    }

    public static SpellingVariants From(IEnumerable<string> lines, Analyzer analyzer)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith('#')) continue;
            var terms = AnalysedTerms.Of(analyzer, "variants", line).Distinct().ToList();
            if (terms.Count < 2) continue;
            var merged = new HashSet<string>(terms, StringComparer.Ordinal);
            foreach (var term in terms)
                if (sets.TryGetValue(term, out var existing)) merged.UnionWith(existing);
            foreach (var term in merged) sets[term] = merged;
        }
        return new SpellingVariants(
            sets.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>All analysed forms equivalent to <paramref name="term"/> (itself included), or null when it has none.</summary>
    public IReadOnlyList<string>? Of(string term) => groups.GetValueOrDefault(term);
}
