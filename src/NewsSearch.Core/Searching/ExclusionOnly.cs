using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// A query, or a group, that only excludes (<c>NOT ظريف</c>, <c>-ظريف source:aawsat</c>, <c>لقاء (NOT ميامي)</c>) means
/// every article but those, as in Elasticsearch's query string; Lucene alone would find nothing.
/// </summary>
internal static class ExclusionOnly
{
    /// <summary>The query with every boolean query whose clauses all exclude made to start from every article.</summary>
    public static Query FromEveryArticle(Query query)
    {
        if (query is not BooleanQuery boolean) return query;
        foreach (var clause in boolean.Clauses) clause.Query = FromEveryArticle(clause.Query);
        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.IsProhibited))
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        return boolean;
    }
}
