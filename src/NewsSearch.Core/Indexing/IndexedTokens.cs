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

    /// <summary>One indexer's single pass per thread (<see cref="OnePassAnalysis"/> is not thread-safe).</summary>
    private static readonly ThreadLocal<OnePassAnalysis> OnePass = new(() => new OnePassAnalysis(SharedAnalyzers.Stemmed));

    private readonly Dictionary<string, Dictionary<int, Mark>> byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Mark> byPosition = [];

    /// <summary>The field analysed on its own, by the field's index analyzer (<see cref="IndexSchema.Analyzer"/>).</summary>
    public IndexedTokens(string field, string storedText)
        : this(AnalysedTerms.Tokens(IndexSchema.Analyzer, field, storedText)) { }

    private IndexedTokens(List<(string Term, int Position, int Start, int End)> tokens)
    {
        foreach (var (term, position, start, end) in tokens)
        {
            if (!byTerm.TryGetValue(term, out var positions)) byTerm[term] = positions = [];
            positions[position] = new Mark(start, end - start);
            byPosition.TryAdd(position, new Mark(start, end - start));
        }
    }

    /// <summary>
    /// A text's stemmed and exact-form fields from one pass, as the indexer analyses them (<see cref="OnePassAnalysis"/>):
    /// the text is tokenised once for both.
    /// </summary>
    public static (IndexedTokens Stemmed, IndexedTokens Exact) OfText(string storedText)
    {
        var text = OnePass.Value!.Analyse(storedText);
        return (new(AnalysedTerms.Tokens(text.Stemmed)), new(AnalysedTerms.Tokens(text.Exact)));
    }

    /// <summary>The field's distinct terms.</summary>
    public IReadOnlyCollection<string> Terms => byTerm.Keys;

    /// <summary>Position → offsets of each occurrence of the term (none when the field does not hold it).</summary>
    public IReadOnlyDictionary<int, Mark> Offsets(string term) => byTerm.GetValueOrDefault(term) ?? None;

    /// <summary>The offsets of the token at a position (the first, should two share it).</summary>
    public Mark At(int position) => byPosition[position];
}
