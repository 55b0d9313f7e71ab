using Lucene.Net.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// One document's tokens in the fields a query is matched on (<see cref="IndexedTokens"/>: each term's positions
/// as the index holds them, with their offsets in the stored text), each field analysed once, when first asked.
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

    private IndexedTokens Field(string field)
    {
        if (!fields.TryGetValue(field, out var tokens)) fields[field] = tokens = new IndexedTokens(field, storedText);
        return tokens;
    }
}
