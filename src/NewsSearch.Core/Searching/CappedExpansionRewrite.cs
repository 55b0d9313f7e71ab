using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Rewrites prefix, wildcard and range queries as Lucene does by default (constant score), but first
/// refuses one that matches more than <see cref="MaxTerms"/> distinct words in its field:
/// such a query costs time in proportion to the words it matches and rarely means what the user wanted.
/// Fuzzy queries keep Lucene's own cap (the 50 closest words).
/// </summary>
internal sealed class CappedExpansionRewrite : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 10_000;

    public static readonly CappedExpansionRewrite Instance = new();

    private CappedExpansionRewrite() { }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        if (MultiFields.GetTerms(reader, query.Field) is { } terms)
        {
            var matching = GetTermsEnum(query, terms, new AttributeSource());
            for (var count = 0; matching.MoveNext(); count++)
                if (count == MaxTerms)
                    throw new QuerySyntaxException(
                        $"'{query.ToString(query.Field)}' matches more than {MaxTerms:N0} different words; make it more specific");
        }
        return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
    }
}
