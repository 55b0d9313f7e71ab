using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// Finds where a query matched inside one document's field, with offsets read from the index's
/// postings (never re-guessed from the text), so a mark always covers the whole token as written.
/// </summary>
public sealed class MatchFinder
{
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<(string Field, List<SpanQuery> Spans)> perField;

    /// <param name="fields">Fields whose tokens point into the same stored text (e.g. stemmed and exact body).</param>
    public MatchFinder(IndexSearcher searcher, Query query, IEnumerable<string> fields)
    {
        this.searcher = searcher;
        perField = fields.Select(f => (f, SpanQueryConverter.Convert(query, f).Select(Rewrite).ToList())).ToList();
    }

    public bool IsEmpty => perField.All(f => f.Spans.Count == 0);

    /// <summary>Matches in document order, one per token (a phrase gives one per word, sharing a key).</summary>
    public IReadOnlyList<Match> Find(int docId)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var localDoc = docId - leaf.DocBase;
        var matches = new List<Match>();
        foreach (var (field, spans) in perField)
            foreach (var span in spans)
                matches.AddRange(MatchesOf(span, field, leaf, localDoc));
        return matches
            .GroupBy(m => (m.Start, m.End))
            .Select(g => g.MaxBy(m => m.Weight))
            .OrderBy(m => m.Start)
            .ToList();
    }

    private SpanQuery Rewrite(SpanQuery query)
    {
        Query current = query;
        for (var next = current.Rewrite(searcher.IndexReader); next != current; next = current.Rewrite(searcher.IndexReader))
            current = next;
        return (SpanQuery)current;
    }

    private IEnumerable<Match> MatchesOf(SpanQuery span, string field, AtomicReaderContext leaf, int localDoc)
    {
        var terms = new HashSet<Term>();
        span.ExtractTerms(terms);
        if (terms.Count == 0) return [];
        var contexts = terms.ToDictionary(t => t, t => TermContext.Build(searcher.TopReaderContext, t));
        var offsets = TokenOffsets(leaf.AtomicReader, terms, localDoc);
        var key = span.ToString(field);
        var weight = terms.Sum(t => Idf(contexts[t].DocFreq));
        var found = new List<Match>();
        var spans = span.GetSpans(leaf, null, contexts);
        if (!spans.SkipTo(localDoc) || spans.Doc != localDoc) return found;
        do
        {
            for (var pos = spans.Start; pos < spans.End; pos++)
                if (offsets.TryGetValue(pos, out var o)) found.Add(new Match(o.Start, o.End, key, weight));
        } while (spans.MoveNext() && spans.Doc == localDoc);
        return found;
    }

    private static Dictionary<int, (int Start, int End)> TokenOffsets(AtomicReader reader, IEnumerable<Term> terms, int localDoc)
    {
        var offsets = new Dictionary<int, (int, int)>();
        foreach (var term in terms)
        {
            var postings = reader.GetTermPositionsEnum(term);
            if (postings is null || postings.Advance(localDoc) != localDoc) continue;
            for (var i = 0; i < postings.Freq; i++)
            {
                var position = postings.NextPosition();
                if (postings.StartOffset >= 0) offsets[position] = (postings.StartOffset, postings.EndOffset);
            }
        }
        return offsets;
    }

    private float Idf(int docFreq)
    {
        var docs = searcher.IndexReader.NumDocs;
        return (float)Math.Log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }
}
