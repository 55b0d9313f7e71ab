using Lucene.Net.Index;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// A prefix, wildcard or fuzzy query: the terms of this document that are in the query's expansion,
/// each its own part. Looking up only the document's own terms keeps a broad prefix (thousands of
/// terms) cheap per hit.
/// </summary>
internal sealed class ExpansionSource(string field, IReadOnlyDictionary<string, int> docFreqs, Func<int, float> idf) : IMatchSource
{
    public IEnumerable<Match> Find(DocTokens doc) =>
        from text in doc.TermsOf(field)
        where docFreqs.ContainsKey(text)
        let term = new Term(field, text)
        let weight = idf(docFreqs[text])
        from token in doc.Offsets(term).Values
        select new Match(term.ToString(), weight, [token]);
}
