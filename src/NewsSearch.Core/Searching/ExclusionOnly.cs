using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// A query, or a group, that only excludes (<c>NOT ظريف</c>, <c>-ظريف source:aawsat</c>, <c>لقاء (NOT ميامي)</c>) means
/// every article but those, as in Elasticsearch's query string; Lucene alone would find nothing.
/// </summary>
internal static class ExclusionOnly
{
    /// <summary>
    /// The query with every boolean query whose clauses all exclude made to start from every article; a new query
    /// where anything changes, the given one untouched.
    /// </summary>
    public static Query FromEveryArticle(Query query)
    {
        if (query is not BooleanQuery boolean || query.GetType() != typeof(BooleanQuery)) return query;
        var clauses = boolean.Clauses.Select(c => (c, Query: FromEveryArticle(c.Query))).ToList();
        var onlyExcludes = clauses.Count > 0 && clauses.All(c => c.c.IsProhibited);
        if (!onlyExcludes && clauses.All(c => ReferenceEquals(c.Query, c.c.Query))) return query;
        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var (clause, rewritten) in clauses) copy.Add(rewritten, clause.Occur);
        if (onlyExcludes) copy.Add(new MatchAllDocsQuery(), Occur.MUST);
        return copy;
    }
}
