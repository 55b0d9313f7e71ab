using Lucene.Net.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// One document's tokens in the fields a query is matched on (<see cref="IndexedTokens"/>: each term's positions
/// as the index holds them, with their offsets in the stored text), each text analysed once, when first asked.
/// </summary>
internal sealed class DocTokens(AtomicReaderContext leaf, int localDoc, string storedText)
{
    private readonly Dictionary<string, IndexedTokens> fields = [];

    public AtomicReaderContext Leaf => leaf;
    public int Doc => localDoc;

    /// <summary>Position → offsets of each occurrence of the term in this document.</summary>
    public IReadOnlyDictionary<int, Mark> Offsets(Term term) => Field(term.Field).Offsets(term.Text);

    /// <summary>The distinct terms of this document's field.</summary>
    public IReadOnlyCollection<string> TermsOf(string field) => Field(field).Terms;

    /// <summary>A stemmed field and its exact-form twin come from one pass over the text, as the indexer made them.</summary>
    private IndexedTokens Field(string field)
    {
        if (fields.TryGetValue(field, out var tokens)) return tokens;
        if (IndexSchema.AnalysedTogether(field) is not var (stemmed, exact)) return fields[field] = new IndexedTokens(field, storedText);
        (fields[stemmed], fields[exact]) = IndexedTokens.OfText(storedText);
        return fields[field];
    }
}
