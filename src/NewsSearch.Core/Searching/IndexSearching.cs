using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>What searching adds to an open index: its shared, ranked searcher.</summary>
public static class IndexSearching
{
    extension(NewsIndex index)
    {
        /// <summary>The searcher every reader of this index shares, opened on first use (the index must have a commit).</summary>
        public SharedSearcher Searcher => SharedSearcher.Of(index);
    }
}
