using Lucene.Net.Index;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// One document's tokens, read term by term: each term's positions from the index's postings, their offsets from
/// the stored text's words (<see cref="WordOffsets"/>; the index keeps no offsets). Lives for one document, so query
/// parts sharing a term read its postings once, and the text is tokenised once.
/// </summary>
internal sealed class DocTokens(AtomicReaderContext leaf, int localDoc, string storedText)
{
    private static readonly IReadOnlyDictionary<int, Mark> None = new Dictionary<int, Mark>();
    private readonly Dictionary<string, TermsEnum?> termsByField = [];
    private readonly Dictionary<Term, IReadOnlyDictionary<int, Mark>> read = [];
    private readonly Dictionary<string, HashSet<string>> distinctTerms = [];
    private WordOffsets? words;
    private DocsAndPositionsEnum? reused;

    public AtomicReaderContext Leaf => leaf;
    public int Doc => localDoc;

    /// <summary>Position → offsets of each occurrence of the term in this document.</summary>
    /// <param name="context">The term's per-segment state, looked up once per query; null to seek the term here.</param>
    public IReadOnlyDictionary<int, Mark> Offsets(Term term, TermContext? context = null)
    {
        if (!read.TryGetValue(term, out var offsets)) read[term] = offsets = Read(term, context);
        return offsets;
    }

    /// <summary>
    /// The distinct terms of this document's field, by analysing its stored text exactly as it was indexed.
    /// Used only to choose which of a large expansion's terms to look up.
    /// </summary>
    public IReadOnlySet<string> TermsOf(string field)
    {
        if (distinctTerms.TryGetValue(field, out var terms)) return terms;
        distinctTerms[field] = terms = [.. AnalysedTerms.Of(IndexSchema.Analyzer, field, storedText)];
        return terms;
    }

    private IReadOnlyDictionary<int, Mark> Read(Term term, TermContext? context)
    {
        if (Terms(term.Field) is not { } terms) return None;
        if (context is null)
        {
            if (!terms.SeekExact(term.Bytes)) return None;
        }
        else if (context.Get(leaf.Ord) is { } state) terms.SeekExact(term.Bytes, state);
        else return None;
        // Reusing one enum matters when a query part has many terms.
        var postings = reused = terms.DocsAndPositions(null, reused, DocsAndPositionsFlags.NONE);
        if (postings is null || postings.Advance(localDoc) != localDoc) return None;
        words ??= WordOffsets.Of(storedText);
        var offsets = new Dictionary<int, Mark>(postings.Freq);
        for (var i = 0; i < postings.Freq; i++)
        {
            var position = postings.NextPosition();
            var (start, end) = words.At(position);
            offsets[position] = new Mark(start, end - start);
        }
        return offsets;
    }

    private TermsEnum? Terms(string field)
    {
        if (!termsByField.TryGetValue(field, out var terms))
            termsByField[field] = terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
        return terms;
    }
}
