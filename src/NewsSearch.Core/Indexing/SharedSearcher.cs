using Lucene.Net.Search;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// The index's one refreshable searcher (Lucene's <see cref="SearcherManager"/>, BM25 ranking), shared by every
/// <see cref="Searching.NewsSearcher"/> and <see cref="People.MentionSearcher"/> over a <see cref="NewsIndex"/>:
/// they read the same commit through one reader. Safe for concurrent use.
/// </summary>
public sealed class SharedSearcher : IDisposable
{
    private readonly SearcherManager manager;

    internal SharedSearcher(Lucene.Net.Store.Directory directory) => manager = new SearcherManager(directory, new Bm25SearcherFactory());

    /// <summary>Picks up the latest commit; cheap when nothing changed, and never blocks readers.</summary>
    public void Refresh() => manager.MaybeRefresh();

    internal T Use<T>(Func<IndexSearcher, T> body)
    {
        var searcher = manager.Acquire();
        try { return body(searcher); }
        finally { manager.Release(searcher); }
    }

    public void Dispose() => manager.Dispose();

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => NewsIndex.NewSearcher(reader);
    }
}
