using System.Diagnostics;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Answers queries against one index through a single shared, refreshable searcher
/// (Lucene's <see cref="SearcherManager"/>), safe for concurrent use. Snippets are built only for the page shown.
/// </summary>
public sealed class NewsSearcher : IDisposable
{
    private readonly SearcherManager manager;
    private readonly NewsQueryParser parser = new(IndexSchema.CreateAnalyzer());
    private readonly LiteralQueryBuilder literal = new(IndexSchema.CreateAnalyzer(), Ranking.Default);

    public NewsSearcher(NewsIndex index) => manager = new SearcherManager(index.Directory, new Bm25SearcherFactory());

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var query = request.Literal ? LiteralQuery(request.Query) : parser.Parse(request.Query);
        var searcher = manager.Acquire();
        try
        {
            var top = searcher.Search(query, request.Page * request.PageSize);
            var page = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize).ToArray();
            var matches = new MatchFinder(searcher, query, [IndexSchema.Body]);
            var hits = page.Select((hit, i) => ToHit(searcher, matches, hit, (request.Page - 1) * request.PageSize + i + 1)).ToList();
            return new SearchResults(top.TotalHits, hits, clock.Elapsed);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private Query LiteralQuery(string text)
    {
        if (text.Length > NewsQueryParser.MaxLength) throw new QuerySyntaxException($"the query is longer than {NewsQueryParser.MaxLength} characters");
        return literal.Build(text) ?? throw new QuerySyntaxException("the query has no word to search for (only stop words or punctuation)");
    }

    /// <summary>Picks up the latest commit; cheap when nothing changed.</summary>
    public void Refresh() => manager.MaybeRefresh();

    private static SearchHit ToHit(IndexSearcher searcher, MatchFinder matches, ScoreDoc hit, int rank)
    {
        var article = IndexSchema.ToArticle(searcher.Doc(hit.Doc));
        var snippets = SnippetBuilder.Build(article.Body, matches.Find(hit.Doc));
        return new SearchHit(rank, hit.Score, article, snippets);
    }

    public void Dispose() => manager.Dispose();

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => NewsIndex.NewSearcher(reader);
    }
}
