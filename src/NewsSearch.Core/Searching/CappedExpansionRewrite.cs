using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Rewrites prefix, wildcard and range queries, first refusing one that matches more than <see cref="MaxTerms"/>
/// distinct words in its field: such a query costs time in proportion to the words it matches and rarely means what
/// the user wanted. Every article with any matching word matches (Lucene's constant-score rewrite); a prefix or
/// wildcard then ranks them by BM25 over its <see cref="MaxScoredTerms"/> most common words, so <c>مفاوض*</c> puts
/// articles about negotiations first instead of scoring every hit the same. Ranges keep a constant score.
/// Fuzzy words are <see cref="FuzzyWordQuery"/>.
/// </summary>
internal sealed class CappedExpansionRewrite : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 10_000;
    /// <summary>Words of one expansion that add their BM25 score (within Lucene's 1,024 clauses per query).</summary>
    public const int MaxScoredTerms = 512;

    public static readonly CappedExpansionRewrite Instance = new();

    private CappedExpansionRewrite() { }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var matching = new List<(BytesRef Term, int DocFreq)>();
        if (MultiFields.GetTerms(reader, query.Field) is { } terms)
        {
            var words = GetTermsEnum(query, terms, new AttributeSource());
            while (words.MoveNext())
            {
                if (matching.Count == MaxTerms)
                    throw new QuerySyntaxException(
                        $"'{query.ToString(query.Field)}' matches more than {MaxTerms:N0} different words; make it more specific");
                matching.Add((BytesRef.DeepCopyOf(words.Term), words.DocFreq));
            }
        }
        var all = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
        if (query is not (PrefixQuery or WildcardQuery) || matching.Count == 0) return all;
        all.Boost = 0; // matching is all it does; the score comes from the words below
        var scored = new BooleanQuery(disableCoord: true);
        foreach (var (term, _) in matching.OrderByDescending(m => m.DocFreq).Take(MaxScoredTerms))
            scored.Add(new TermQuery(new Term(query.Field, term)), Occur.SHOULD);
        return new BooleanQuery(disableCoord: true) { { all, Occur.MUST }, { scored, Occur.SHOULD } }.Boosted(query.Boost);
    }
}
