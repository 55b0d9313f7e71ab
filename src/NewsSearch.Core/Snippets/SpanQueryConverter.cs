using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// Turns the positive parts of a parsed query into span queries on one field, so that matches can be
/// found position by position: phrases only where the whole phrase matches, NOT clauses never.
/// </summary>
internal static class SpanQueryConverter
{
    /// <summary>How many expanded terms a prefix, wildcard or fuzzy query may mark.</summary>
    private const int MaxExpansions = 256;

    public static List<SpanQuery> Convert(Query query, string field)
    {
        var spans = new List<SpanQuery>();
        Collect(query, field, spans);
        return spans;
    }

    private static void Collect(Query query, string field, List<SpanQuery> spans)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    Collect(clause.Query, field, spans);
                break;
            case DisjunctionMaxQuery dismax:
                foreach (var disjunct in dismax.Disjuncts) Collect(disjunct, field, spans);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, field, spans);
                break;
            case SpanQuery span when span.Field == field:
                spans.Add(span);
                break;
            case TermQuery term when term.Term.Field == field:
                spans.Add(new SpanTermQuery(term.Term));
                break;
            case PhraseQuery phrase when phrase.GetTerms().FirstOrDefault()?.Field == field:
                spans.Add(FromPhrase(phrase));
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays().FirstOrDefault()?.FirstOrDefault()?.Field == field:
                spans.Add(FromMultiPhrase(multi));
                break;
            case MultiTermQuery multiTerm when multiTerm.Field == field:
                spans.Add(new SpanMultiTermQueryWrapper<MultiTermQuery>(multiTerm)
                {
                    MultiTermRewriteMethod = new SpanMultiTermQueryWrapper<MultiTermQuery>.TopTermsSpanBooleanQueryRewrite(MaxExpansions),
                });
                break;
        }
    }

    private static SpanQuery FromPhrase(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Length == 1) return new SpanTermQuery(terms[0]);
        var clauses = terms.Select(t => (SpanQuery)new SpanTermQuery(t)).ToArray();
        return new SpanNearQuery(clauses, phrase.Slop + Gaps(positions), inOrder: true);
    }

    private static SpanQuery FromMultiPhrase(MultiPhraseQuery multi)
    {
        var arrays = multi.GetTermArrays();
        var clauses = arrays
            .Select(alternatives => (SpanQuery)new SpanOrQuery(alternatives.Select(t => (SpanQuery)new SpanTermQuery(t)).ToArray()))
            .ToArray();
        return clauses.Length == 1 ? clauses[0] : new SpanNearQuery(clauses, multi.Slop + Gaps(multi.GetPositions()), inOrder: true);
    }

    // Removed stop words leave holes in phrase positions; a span must be allowed to step over them.
    private static int Gaps(int[] positions) =>
        positions.Length < 2 ? 0 : positions[^1] - positions[0] - (positions.Length - 1);
}
