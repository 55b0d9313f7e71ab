using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// The index's one refreshable searcher (Lucene's <see cref="SearcherManager"/>, ranked by <see cref="Ranking.Default"/>),
/// shared by every <see cref="NewsSearcher"/> and <see cref="People.MentionSearcher"/> over a <see cref="NewsIndex"/>:
/// they read the same commit through one reader. Safe for concurrent use.
/// </summary>
public sealed class SharedSearcher : IDisposable
{
    private readonly SearcherManager manager;

    private SharedSearcher(Lucene.Net.Store.Directory directory) => manager = new SearcherManager(directory, new RankedSearcherFactory());

    /// <summary>The index's shared searcher, opened on first use (the index must have a commit).</summary>
    internal static SharedSearcher Of(NewsIndex index) => index.Shared(i => new SharedSearcher(i.Directory));

    /// <summary>A searcher over <paramref name="reader"/> that ranks as every NewsSearch searcher does.</summary>
    public static IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking.Default.CreateSimilarity() };

    /// <summary>Picks up the latest commit; cheap when nothing changed, and never blocks readers.</summary>
    public void Refresh() => manager.MaybeRefresh();

    internal T Use<T>(Func<IndexSearcher, T> body)
    {
        var searcher = manager.Acquire();
        try { return body(searcher); }
        finally { manager.Release(searcher); }
    }

    public void Dispose() => manager.Dispose();

    private sealed class RankedSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => SharedSearcher.NewSearcher(reader);
    }
}
