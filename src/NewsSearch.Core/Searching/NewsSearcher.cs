using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Answers queries against one index through a single shared, refreshable searcher
/// (Lucene's <see cref="SearcherManager"/>), safe for concurrent use. Snippets are built only for the page shown.
/// </summary>
public sealed class NewsSearcher : IDisposable
{
    private readonly SearcherManager manager;
    private readonly NewsQueryParser parser;
    private readonly LiteralQueryBuilder literal = new(IndexSchema.CreateAnalyzer(), Ranking.Default);

    /// <summary>Spelling variants are the shipped ones plus the index folder's variants.txt, if any.</summary>
    /// <param name="people">Who <c>person:</c> queries know (default: the shipped people list).</param>
    public NewsSearcher(NewsIndex index, PeopleList? people = null)
    {
        manager = new SearcherManager(index.Directory, new Bm25SearcherFactory());
        var variants = SpellingVariants.Load(Path.Combine(index.Path, SpellingVariants.UserFileName));
        parser = new NewsQueryParser(IndexSchema.CreateAnalyzer(), variants, people);
    }

    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var query = request.Literal ? LiteralQuery(request.Query) : parser.Parse(request.Query);
        var searcher = manager.Acquire();
        try
        {
            var top = searcher.Search(query, request.Page * request.PageSize);
            var page = top.ScoreDocs.Skip((request.Page - 1) * request.PageSize).ToArray();
            var matches = new MatchFinder(searcher, query, [IndexSchema.Body, IndexSchema.BodyExact]);
            var hits = page.Select((hit, i) => ToHit(searcher, matches, hit, (request.Page - 1) * request.PageSize + i + 1)).ToList();
            return new SearchResults(top.TotalHits, hits, clock.Elapsed);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>The stored article with exactly this id, or null when the index holds none.</summary>
    public Article? GetArticle(string id)
    {
        var searcher = manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
            return top.ScoreDocs.Length == 0 ? null : IndexSchema.ToArticle(searcher.Doc(top.ScoreDocs[0].Doc));
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
        var snippets = SnippetBuilder.Build(article.Body, matches.Find(hit.Doc, article.Body));
        return new SearchHit(rank, hit.Score, article, snippets);
    }

    public void Dispose() => manager.Dispose();

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => NewsIndex.NewSearcher(reader);
    }
}
