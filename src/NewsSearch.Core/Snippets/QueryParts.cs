using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// Takes a parsed query apart into <see cref="IMatchSource"/>s on the given fields, once per query:
/// NOT clauses are left out, phrases stay phrases, and prefix, wildcard and fuzzy queries become the
/// terms they expand to in this index.
/// </summary>
internal sealed class QueryParts
{
    /// <summary>Above this many terms an expansion is matched against each hit's own terms.</summary>
    private const int TermByTermLimit = 256;

    private readonly IndexSearcher searcher;
    private readonly ISet<string> fields;
    private readonly Dictionary<Term, TermContext> contexts = [];
    private readonly List<IMatchSource> sources = [];

    private QueryParts(IndexSearcher searcher, ISet<string> fields)
    {
        this.searcher = searcher;
        this.fields = fields;
    }

    public static IReadOnlyList<IMatchSource> Of(IndexSearcher searcher, Query query, IEnumerable<string> fields)
    {
        var parts = new QueryParts(searcher, fields.ToHashSet());
        parts.Collect(query);
        return parts.sources;
    }

    private void Collect(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Collect(clause.Query);
                break;
            case DisjunctionMaxQuery dismax:
                foreach (var disjunct in dismax.Disjuncts) Collect(disjunct);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query);
                break;
            case TermQuery term when fields.Contains(term.Term.Field):
                AddTerm(term.Term);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && fields.Contains(terms[0].Field):
                AddPhrase(phrase, [.. terms.Select(t => new[] { t })], phrase.GetPositions(), phrase.Slop);
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays() is { Count: > 0 } arrays && fields.Contains(arrays[0][0].Field):
                AddPhrase(multi, [.. arrays], multi.GetPositions(), multi.Slop);
                break;
            case MultiTermQuery multiTerm when fields.Contains(multiTerm.Field):
                AddExpansion(multiTerm.Field, TermExpansion.Expand(searcher.IndexReader, multiTerm));
                break;
            case SpanQuery span when fields.Contains(span.Field):
                AddSpan(span);
                break;
            case Searching.FuzzyWordQuery fuzzy:
                Collect(fuzzy.Rewrite(searcher.IndexReader));
                break;
        }
    }

    /// <summary>
    /// A small expansion is looked up term by term in each hit; a large one is intersected with the hit's
    /// own terms instead, which costs one analysis of the body rather than thousands of lookups.
    /// </summary>
    private void AddExpansion(string field, IReadOnlyDictionary<string, int> docFreqs)
    {
        if (docFreqs.Count > TermByTermLimit) sources.Add(new ExpansionSource(field, docFreqs, Idf));
        else foreach (var text in docFreqs.Keys) AddTerm(new Term(field, text));
    }

    private void AddTerm(Term term) => sources.Add(new TermSource(term, Context(term), Idf(term)));

    private void AddPhrase(Query phrase, IReadOnlyList<Term[]> slots, int[] positions, int slop)
    {
        if (slots.Count == 1 && slots[0].Length == 1) { AddTerm(slots[0][0]); return; }
        if (slop > 0) { AddSpan(SloppySpan(slots, positions, slop)); return; }
        var phraseContexts = slots.SelectMany(s => s).Distinct().ToDictionary(t => t, Context);
        var weight = slots.Sum(alternatives => alternatives.Max(Idf));
        sources.Add(new PhraseSource(slots, positions, phraseContexts, phrase.ToString(), weight));
    }

    private void AddSpan(SpanQuery span)
    {
        var rewritten = Rewrite(span);
        var terms = new HashSet<Term>();
        rewritten.ExtractTerms(terms);
        if (terms.Count == 0) return;
        var spanContexts = terms.ToDictionary(t => t, Context);
        sources.Add(new SpanSource(rewritten, spanContexts, span.ToString(), terms.Sum(Idf)));
    }

    /// <summary>A phrase with slop, as spans: words within slop (plus the holes stop words left) of each other.</summary>
    private static SpanQuery SloppySpan(IReadOnlyList<Term[]> slots, int[] positions, int slop)
    {
        var clauses = slots.Select(alternatives =>
            (SpanQuery)new SpanOrQuery([.. alternatives.Select(t => new SpanTermQuery(t))])).ToArray();
        var holes = positions[^1] - positions[0] - (positions.Length - 1);
        return new SpanNearQuery(clauses, slop + holes, inOrder: false);
    }

    private SpanQuery Rewrite(SpanQuery span)
    {
        Query current = span;
        for (var next = current.Rewrite(searcher.IndexReader); next != current; next = current.Rewrite(searcher.IndexReader))
            current = next;
        return (SpanQuery)current;
    }

    private TermContext Context(Term term)
    {
        if (!contexts.TryGetValue(term, out var context))
            contexts[term] = context = TermContext.Build(searcher.TopReaderContext, term);
        return context;
    }

    /// <summary>
    /// BM25's idf, as Lucene computes it for scoring: from the searcher's statistics, which for a cluster shard are
    /// the whole cluster's, so its snippets are those one index would give.
    /// </summary>
    private float Idf(Term term) =>
        Idf(searcher.TermStatistics(term, Context(term)).DocFreq, searcher.CollectionStatistics(term.Field).MaxDoc);

    private float Idf(int docFreq) => Idf(docFreq, searcher.IndexReader.MaxDoc);

    private static float Idf(long docFreq, long maxDoc) => (float)Math.Log(1 + (maxDoc - docFreq + 0.5) / (docFreq + 0.5));
}
