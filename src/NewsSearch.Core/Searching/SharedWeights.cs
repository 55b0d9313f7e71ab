using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// The weights of one search's parts, each computed once: the typed search weights the literal ranking and the
/// query's words as the query language reads them for the articles with all the words, and again for those with some
/// of them. An equal part (same type, <see cref="Query.Equals"/>) asked for again gets the same
/// <see cref="WeightedQuery"/>, so its terms are looked up and its statistics computed once per search.
/// </summary>
internal sealed class SharedWeights(IndexSearcher searcher)
{
    private readonly Dictionary<Query, WeightedQuery> weighted = new(SameQuery.Instance);

    public Query Of(Query part) => Weighted(part);

    /// <summary>The part's one weight for this search.</summary>
    public Weight WeightOf(Query part) => Weighted(part).Weight;

    private WeightedQuery Weighted(Query part)
    {
        if (!weighted.TryGetValue(part, out var query))
            weighted[part] = query = new WeightedQuery(part, searcher.CreateNormalizedWeight(part));
        return query;
    }

    /// <summary>Lucene's query equality, of the same type only (a <see cref="CoordinatedQuery"/> is not a plain BooleanQuery).</summary>
    private sealed class SameQuery : IEqualityComparer<Query>
    {
        public static readonly SameQuery Instance = new();
        public bool Equals(Query? x, Query? y) => x?.GetType() == y?.GetType() && object.Equals(x, y);
        public int GetHashCode(Query query) => query.GetHashCode();
    }
}
