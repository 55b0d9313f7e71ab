using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Searching;

/// <summary>
/// The articles the some-words search ranks, as a set per segment read from the postings without scoring: those that
/// hold at least one of the words (<see cref="LiteralQueryBuilder.Holding"/>, or one of the parsed query's clauses) but
/// not all of them (every clause). The same articles as the query that requires a holding part and excludes the parsed
/// query, without a scorer tree that scores every term of every candidate only to throw the score away.
/// </summary>
internal sealed class SomeWordsFilter : Filter
{
    private readonly Query holding;
    private readonly IReadOnlyList<Weight> clauses;
    private readonly SharedWeights weights;

    /// <param name="clauses">The parsed query's required clauses, each weighted once for the search.</param>
    public SomeWordsFilter(SharedWeights weights, Query holding, IEnumerable<Query> clauses)
    {
        this.weights = weights;
        this.holding = holding;
        this.clauses = [.. clauses.Select(weights.WeightOf)];
    }

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var some = Matching(holding, context, acceptDocs);
        FixedBitSet? all = null;
        foreach (var clause in clauses)
        {
            var held = Scored(clause, context, acceptDocs);
            some.Or(held);
            if (all is null) all = held;
            else all.And(held);
        }
        if (all is not null) some.AndNot(all);
        return some;
    }

    /// <summary>The documents of a constant-score tree of term queries, unions and conjunctions; other parts through their weights.</summary>
    private FixedBitSet Matching(Query query, AtomicReaderContext context, IBits? acceptDocs)
    {
        switch (query)
        {
            case ConstantScoreQuery { Query: { } inner }:
                return Matching(inner, context, acceptDocs);
            case TermQuery term:
                return Postings(term.Term, context, acceptDocs);
            case BooleanQuery { MinimumNumberShouldMatch: 0 } any when any.Clauses.All(c => c.Occur == Occur.SHOULD):
                var union = new FixedBitSet(context.AtomicReader.MaxDoc);
                foreach (var clause in any.Clauses) union.Or(Matching(clause.Query, context, acceptDocs));
                return union;
            case BooleanQuery every when every.Clauses.Count > 0 && every.Clauses.All(c => c.Occur == Occur.MUST):
                var conjunction = Matching(every.Clauses[0].Query, context, acceptDocs);
                foreach (var clause in every.Clauses.Skip(1)) conjunction.And(Matching(clause.Query, context, acceptDocs));
                return conjunction;
            default:
                return Scored(weights.WeightOf(query), context, acceptDocs);
        }
    }

    private static FixedBitSet Postings(Term term, AtomicReaderContext context, IBits? acceptDocs)
    {
        var docs = new FixedBitSet(context.AtomicReader.MaxDoc);
        var terms = context.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
        if (terms is not null && terms.SeekExact(term.Bytes) && terms.Docs(acceptDocs, null, DocsFlags.NONE) is { } postings)
            docs.Or(postings);
        return docs;
    }

    private static FixedBitSet Scored(Weight weight, AtomicReaderContext context, IBits? acceptDocs)
    {
        var docs = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (weight.GetScorer(context, acceptDocs) is { } scorer) docs.Or(scorer);
        return docs;
    }
}
