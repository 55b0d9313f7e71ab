using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

internal static class QueryBoost
{
    /// <summary>The query with its boost multiplied by <paramref name="boost"/>, for a rewrite to keep the boost it was given.</summary>
    public static Query Boosted(this Query query, float boost)
    {
        query.Boost *= boost;
        return query;
    }
}
