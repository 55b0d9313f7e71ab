using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// The terms a prefix, wildcard or fuzzy query matched in this index (text → document frequency),
/// listed once per query. A query that searched with its top-N terms (fuzzy) gives exactly those; one
/// that searched with all its terms (prefix, wildcard: constant-score rewrites) gives all of them, so a
/// hit's own term is never cut off by a top-N limit.
/// </summary>
internal sealed class TermExpansion : MultiTermQuery.RewriteMethod
{
    public static IReadOnlyDictionary<string, int> Expand(IndexReader reader, MultiTermQuery query)
    {
        if (!SearchesWithTopTerms(query)) return new TermExpansion().All(reader, query);
        var terms = new HashSet<Term>();
        query.Rewrite(reader).ExtractTerms(terms);
        return terms.ToDictionary(t => t.Text, reader.DocFreq);
    }

    private static bool SearchesWithTopTerms(MultiTermQuery query)
    {
        for (var type = query.MultiTermRewriteMethod?.GetType(); type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(TopTermsRewrite<>)) return true;
        return false;
    }

    private Dictionary<string, int> All(IndexReader reader, MultiTermQuery query)
    {
        var found = new Dictionary<string, int>();
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(query.Field) is not { } terms) continue;
            var matching = GetTermsEnum(query, terms, new AttributeSource());
            while (matching.MoveNext())
            {
                var text = matching.Term.Utf8ToString();
                found[text] = found.GetValueOrDefault(text) + matching.DocFreq;
            }
        }
        return found;
    }

    /// <summary>Only here to reach <see cref="MultiTermQuery.RewriteMethod.GetTermsEnum"/>; never used to search.</summary>
    public override Query Rewrite(IndexReader reader, MultiTermQuery query) =>
        throw new NotSupportedException("TermExpansion only lists terms for snippets");
}
