using Lucene.Net.Index;
using Lucene.Net.Search.Spans;

namespace NewsSearch.Core.Snippets;

/// <summary>A span query (a sloppy phrase, or spans built elsewhere in NewsSearch): each span is one occurrence.</summary>
internal sealed class SpanSource(SpanQuery span, IDictionary<Term, TermContext> contexts, string key, float weight) : IMatchSource
{
    public IEnumerable<Match> Find(DocTokens doc)
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
