using Lucene.Net.Index;
using Lucene.Net.Search.Spans;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// One positive part of a query (a term, an exact phrase, an expansion, a span query), prepared once per
/// query (terms looked up, expansions listed), then asked per document where it occurs.
/// </summary>
internal interface IMatchSource
{
    IEnumerable<Match> Find(DocPostings doc);
}

internal sealed class TermSource(Term term, TermContext context, float weight) : IMatchSource
{
    private readonly string key = term.ToString();

    public IEnumerable<Match> Find(DocPostings doc) =>
        doc.Offsets(term, context).Values.Select(token => new Match(key, weight, [token]));
}

/// <summary>
/// A prefix, wildcard or fuzzy query: the terms of this document that are in the query's expansion,
/// each its own part. Looking up only the document's own terms keeps a broad prefix (thousands of
/// terms) cheap per hit.
/// </summary>
internal sealed class ExpansionSource(string field, IReadOnlyDictionary<string, int> docFreqs, Func<int, float> idf) : IMatchSource
{
    public IEnumerable<Match> Find(DocPostings doc) =>
        from text in doc.TermsOf(field)
        where docFreqs.ContainsKey(text)
        let term = new Term(field, text)
        let weight = idf(docFreqs[text])
        from token in doc.Offsets(term).Values
        select new Match(term.ToString(), weight, [token]);
}

/// <summary>
/// An exact phrase: every word at exactly its place relative to the first, as <c>PhraseQuery</c> matches it
/// (holes left by stop words included). Each slot may hold alternatives (<c>MultiPhraseQuery</c>).
/// </summary>
internal sealed class PhraseSource(
    IReadOnlyList<Term[]> slots, int[] positions, IReadOnlyDictionary<Term, TermContext> contexts, string key, float weight)
    : IMatchSource
{
    public IEnumerable<Match> Find(DocPostings doc)
    {
        var slotOffsets = slots.Select(alternatives => Union(alternatives.Select(t => doc.Offsets(t, contexts[t])))).ToList();
        foreach (var (first, firstToken) in slotOffsets[0])
        {
            var tokens = new List<Mark>(slots.Count) { firstToken };
            for (var i = 1; i < slots.Count && slotOffsets[i].TryGetValue(first + positions[i] - positions[0], out var token); i++)
                tokens.Add(token);
            if (tokens.Count == slots.Count) yield return new Match(key, weight, tokens);
        }
    }

    private static IReadOnlyDictionary<int, Mark> Union(IEnumerable<IReadOnlyDictionary<int, Mark>> offsets)
    {
        var union = new Dictionary<int, Mark>();
        foreach (var (position, token) in offsets.SelectMany(o => o)) union.TryAdd(position, token);
        return union;
    }
}

/// <summary>A span query (a sloppy phrase, or spans built elsewhere in NewsSearch): each span is one occurrence.</summary>
internal sealed class SpanSource(SpanQuery span, IDictionary<Term, TermContext> contexts, string key, float weight) : IMatchSource
{
    public IEnumerable<Match> Find(DocPostings doc)
    {
        var spans = span.GetSpans(doc.Leaf, null, contexts);
        if (!spans.SkipTo(doc.Doc) || spans.Doc != doc.Doc) yield break;
        var byPosition = new Dictionary<int, Mark>();
        foreach (var (term, context) in contexts)
            foreach (var (position, token) in doc.Offsets(term, context)) byPosition.TryAdd(position, token);
        do
        {
            var tokens = Enumerable.Range(spans.Start, spans.End - spans.Start)
                .Where(byPosition.ContainsKey).Select(p => byPosition[p]).ToList();
            if (tokens.Count > 0) yield return new Match(key, weight, tokens);
        } while (spans.MoveNext() && spans.Doc == doc.Doc);
    }
}
