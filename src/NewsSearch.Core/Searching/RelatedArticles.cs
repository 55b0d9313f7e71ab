using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Finds the coverage most like one article with Lucene's <see cref="MoreLikeThis"/>: its most
/// distinctive analysed title and body terms become a query. The article itself is left out, and
/// reports from its own outlet weigh less, so that other outlets' reports of the same event come first.
/// </summary>
internal static class RelatedArticles
{
    /// <summary>A report from the article's own outlet counts this much of its similarity.</summary>
    public const float SameSourceWeight = 0.5f;

    /// <summary>Candidates read before re-weighting, so that other outlets further down can move up.</summary>
    private const int MinCandidates = 50;

    /// <param name="search">Runs the similarity query: the caller's search within its time limit.</param>
    public static RelatedResults? Find(IndexSearcher searcher, RelatedRequest request, Lucene.Net.Analysis.Analyzer analyzer,
        Func<Query, Filter?, int, TopDocs> search)
    {
        var docId = DocOf(searcher, request.Id);
        if (docId < 0) return null;
        var article = IndexSchema.ToArticle(searcher.Doc(docId));
        var query = Query(LikeQuery(searcher.IndexReader, docId, analyzer), request.Id);
        var candidates = search(query, LuceneFilters.For(request.Filter, searcher.IndexReader), Candidates(request)).ScoreDocs
            .Select(c => (IndexSchema.ToArticle(searcher.Doc(c.Doc)), c.Score, (long)c.Doc));
        return new RelatedResults(article, Rank(article, candidates, request.Count), TimeSpan.Zero);
    }

    /// <summary>How many of the most similar articles are read before re-weighting.</summary>
    internal static int Candidates(RelatedRequest request) => Math.Max(MinCandidates, request.Count * 3);

    /// <summary>The articles like the one with <paramref name="id"/> (its like-query), leaving it out.</summary>
    internal static Query Query(Query like, string id) => new BooleanQuery
    {
        { like, Occur.MUST },
        { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST_NOT },
    };

    /// <summary>
    /// The related hits from the best-scored candidates: reports from the article's own outlet weigh less, equal
    /// scores keep the order given by <c>Order</c> (the document number in one index).
    /// </summary>
    internal static List<RelatedHit> Rank(Article article, IEnumerable<(Article Doc, float Score, long Order)> candidates, int count) =>
        candidates
            .Select(c => (c.Doc, Score: c.Score * (SameOutlet(article, c.Doc) ? SameSourceWeight : 1f), c.Order))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Order)
            .Take(count)
            .Select((c, i) => new RelatedHit(i + 1, c.Score, c.Doc, Lead(c.Doc)))
            .ToList();

    /// <summary>
    /// Lucene's <see cref="MoreLikeThis"/> query for one article: its most distinctive terms, weighed by the document
    /// frequencies and document count <paramref name="reader"/> gives (a cluster's shard gives the whole cluster's).
    /// </summary>
    internal static Query LikeQuery(IndexReader reader, int docId, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var like = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [.. IndexSchema.TextFields],
            // One mention is enough in a short news text; a term must be shared with at least one other article.
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 40,
            ApplyBoost = true,
        };
        return like.Like(docId);
    }

    internal static int DocOf(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits > 0 ? top.ScoreDocs[0].Doc : -1;
    }

    private static bool SameOutlet(Article a, Article b) =>
        a.Source is { Length: > 0 } source && string.Equals(source, b.Source, StringComparison.OrdinalIgnoreCase);

    private static string Lead(Article article) =>
        !string.IsNullOrWhiteSpace(article.Abstract) ? article.Abstract
        : SnippetBuilder.Build(article.Body, []) is [var first, ..] ? SnippetFormat.Brackets.Render(first) : "";
}
