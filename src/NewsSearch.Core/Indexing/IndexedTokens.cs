using NewsSearch.Core.Analysis;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// One text field of one article as the index holds it — each term at its positions — with the offsets of every
/// token in the stored text. The index keeps positions but no offsets (<see cref="IndexSchema"/>): they are found
/// here by analysing the stored text again with the field's own index analysis, which is the analysis the index was
/// built with (an index of another analysis version is refused), so the terms and positions are the postings' own
/// and a mark covers the whole token as written. Costs one analysis of the text; built only for the articles shown
/// or named (a page's hits, a person's mentions).
/// </summary>
internal sealed class IndexedTokens
{
    private static readonly IReadOnlyDictionary<int, Mark> None = new Dictionary<int, Mark>();
    private readonly Dictionary<string, Dictionary<int, Mark>> byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Mark> byPosition = [];

    public IndexedTokens(string field, string storedText)
    {
        foreach (var (term, position, start, end) in AnalysedTerms.Tokens(IndexSchema.Analyzer, field, storedText))
        {
            if (!byTerm.TryGetValue(term, out var positions)) byTerm[term] = positions = [];
            positions[position] = new Mark(start, end - start);
            byPosition.TryAdd(position, new Mark(start, end - start));
        }
    }

    /// <summary>The field's distinct terms.</summary>
    public IReadOnlyCollection<string> Terms => byTerm.Keys;

    /// <summary>Position → offsets of each occurrence of the term (none when the field does not hold it).</summary>
    public IReadOnlyDictionary<int, Mark> Offsets(string term) => byTerm.GetValueOrDefault(term) ?? None;

    /// <summary>The offsets of the token at a position (the first, should two share it).</summary>
    public Mark At(int position) => byPosition[position];
}
