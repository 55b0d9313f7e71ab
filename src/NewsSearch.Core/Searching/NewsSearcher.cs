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
    private readonly Lucene.Net.Analysis.Analyzer relatedAnalyzer = IndexSchema.CreateAnalyzer();

    public NewsSearcher(NewsIndex index) => manager = new SearcherManager(index.Directory, new Bm25SearcherFactory());

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var (query, filter) = Parse(request);
        var searcher = manager.Acquire();
        try
        {
            var luceneFilter = ArticleFilters.For(filter, searcher.IndexReader);
            var top = TopCollector(request.Order, request.Page * request.PageSize);
            var counts = new ArticleCountCollector();
            searcher.Search(query, luceneFilter, MultiCollector.Wrap(top, counts));
            var first = (request.Page - 1) * request.PageSize;
            var page = top.GetTopDocs(first, request.PageSize).ScoreDocs;
            var matches = new MatchFinder(searcher, query, [IndexSchema.Body]);
            var hits = page.Select((hit, i) => ToHit(searcher, matches, hit, first + i + 1)).ToList();
            return new SearchResults(top.TotalHits, hits, clock.Elapsed)
            {
                Counts = counts.ToCounts(),
                Filter = filter,
                UndatedExcluded = filter.HasDateRange ? CountHits(searcher, query, ArticleFilters.Undated(filter, searcher.IndexReader)) : 0,
            };
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// Per-source and per-day counts of the articles a query matches within a filter: the building block
    /// for timelines (e.g. a person's mentions per day) without fetching any hit.
    /// </summary>
    public ArticleCounts Count(Query query, SearchFilter filter)
    {
        var searcher = manager.Acquire();
        try
        {
            var counts = new ArticleCountCollector();
            searcher.Search(query, ArticleFilters.For(filter, searcher.IndexReader), counts);
            return counts.ToCounts();
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The articles most like one article, other outlets first; null when no article has that id.</summary>
    public RelatedResults? Related(RelatedRequest request)
    {
        var clock = Stopwatch.StartNew();
        var searcher = manager.Acquire();
        try
        {
            return RelatedArticles.Find(searcher, request, relatedAnalyzer) is { } related ? related with { Took = clock.Elapsed } : null;
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The scored query from the words, and the filters from the request and the query's source:/date:.</summary>
    private (Query Query, SearchFilter Filter) Parse(SearchRequest request)
    {
        var (words, inline) = FilterSyntax.Extract(request.Query);
        var filter = request.Filter.And(inline);
        filter.Validate();
        var query = string.IsNullOrWhiteSpace(words) && !filter.IsEmpty ? new MatchAllDocsQuery() : parser.Parse(words);
        return (query, filter);
    }

    private static ITopDocsCollector TopCollector(ResultOrder order, int size)
    {
        if (order == ResultOrder.Relevance) return TopScoreDocCollector.Create(size, docsScoredInOrder: true);
        var newest = order == ResultOrder.Newest;
        var byDate = new SortField(IndexSchema.Published, SortFieldType.INT64, newest);
        byDate.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return TopFieldCollector.Create(new Sort(byDate, SortField.FIELD_DOC), size,
            fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
    }

    private static int CountHits(IndexSearcher searcher, Query query, Filter filter)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, filter, count);
        return count.TotalHits;
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
