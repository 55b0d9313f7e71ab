using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Core.Evaluation;

/// <summary>
/// Scores retrieval systems on one <see cref="EvaluationSet"/>. Each index (NewsSearch's, stock's) is built once,
/// in a temporary folder, on first use, so many configurations can be compared in one run; disposing deletes it.
/// </summary>
public sealed class Evaluator : IDisposable
{
    public const int Depth = 100;

    private readonly EvaluationSet set;
    private readonly string folder = System.IO.Directory.CreateTempSubdirectory("newssearch-eval-").FullName;
    private readonly Action<string>? log;
    private BuiltIndex? news, stock;

    public Evaluator(EvaluationSet set, Action<string>? log = null)
    {
        this.set = set;
        this.log = log;
    }

    public EvaluationResult Run(RetrievalSystem system) => system switch
    {
        NewsSearchSystem s => Run(s.Name, Ranked(news ??= BuildNews(), s.Ranking.CreateSimilarity(), QueriesFor(s.Ranking))),
        StockSystem => Run(system.Name, Ranked(stock ??= BuildStock(), StockIndex.CreateSimilarity(), StockQueries())),
        DefaultSearchSystem s => Run(s.Name, AsTyped(news ??= BuildNews(), s)),
        _ => throw new ArgumentException($"unknown system {system.Name}"),
    };

    private EvaluationResult Run(string name, Func<string, List<(string Doc, float Score)>> search)
    {
        var clock = Stopwatch.StartNew();
        var scores = new List<QueryScores>();
        var run = new List<RankedQuery>();
        foreach (var query in set.Queries)
        {
            var hits = search(query.Text);
            run.Add(new RankedQuery(query.Id, hits));
            if (Metrics.Score(query.Id, hits.ConvertAll(h => h.Doc), set.Qrels.For(query.Id)) is { } score) scores.Add(score);
        }
        return new EvaluationResult(name, MetricSummary.Of(scores), scores, clock.Elapsed) { Run = run };
    }

    private static Func<string, List<(string Doc, float Score)>> Ranked(BuiltIndex index, Similarity similarity, Func<string, Query?> build)
    {
        var searcher = new IndexSearcher(index.Reader) { Similarity = similarity };
        return text => build(text) is { } q
            ? searcher.Search(q, Depth).ScoreDocs.Select(hit => (Doc: index.Ids[hit.Doc], hit.Score)).ToList()
            : [];
    }

    /// <summary>The query as a user types it into <c>search</c>; a query the syntax refuses, or that runs out of time, finds
    /// nothing.</summary>
    private static Func<string, List<(string Doc, float Score)>> AsTyped(BuiltIndex index, DefaultSearchSystem system)
    {
        var searcher = new NewsSearcher(index.News!) { AllWordsRanking = system.AllWordsRanking, JoinsVerbTenses = system.JoinsVerbTenses };
        return text =>
        {
            try { return searcher.Search(new SearchRequest(text) { PageSize = Depth, Snippets = false })
                .Hits.Select(h => (h.Article.Id, h.Score)).ToList(); }
            catch (Exception e) when (e is QuerySyntaxException or SearchTimeoutException) { return []; }
        };
    }

    private static Func<string, Query?> QueriesFor(Ranking ranking)
    {
        var builder = new LiteralQueryBuilder(IndexSchema.QueryAnalyzer, ranking);
        return builder.Build;
    }

    private static Func<string, Query?> StockQueries()
    {
        Analyzer analyzer = StockIndex.CreateAnalyzer();
        return text => StockIndex.BuildQuery(analyzer, text);
    }

    private BuiltIndex BuildNews()
    {
        var clock = Stopwatch.StartNew();
        var index = NewsIndex.Open(Path.Combine(folder, "newssearch"));
        // One writer thread: documents keep file order, so articles with equal scores come out in the same
        // order on every run and figures are reproducible to the last digit.
        var options = new IndexRunOptions { Rebuild = true, WriterThreads = 1 };
        var report = ArticleIndexer.Run(index, ArticleReader.Read([set.CorpusPath]), options);
        log?.Invoke($"NewsSearch index: {report} in {clock.Elapsed.TotalSeconds:0} s");
        return BuiltIndex.Open(index.Directory, IndexSchema.Id, index);
    }

    private BuiltIndex BuildStock()
    {
        var clock = Stopwatch.StartNew();
        var directory = new Lucene.Net.Store.SimpleFSDirectory(Path.Combine(folder, "stock")); // read as NewsIndex reads
        StockIndex.Build(directory, ArticleReader.Read([set.CorpusPath]).Where(o => o.Article is not null).Select(o => o.Article!));
        log?.Invoke($"stock index: built in {clock.Elapsed.TotalSeconds:0} s");
        return BuiltIndex.Open(directory, StockIndex.Id);
    }

    public void Dispose()
    {
        news?.Dispose();
        stock?.Dispose();
        try { System.IO.Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>
    /// An open reader and the article id of each document number (stored fields read once, not per hit); for
    /// NewsSearch's index also the <see cref="NewsIndex"/>, which owns the directory.
    /// </summary>
    private sealed class BuiltIndex(Lucene.Net.Store.Directory directory, DirectoryReader reader,
        string[] ids, NewsIndex? news) : IDisposable
    {
        public DirectoryReader Reader => reader;
        public string[] Ids => ids;
        public NewsIndex? News => news;

        public static BuiltIndex Open(Lucene.Net.Store.Directory directory, string idField, NewsIndex? news = null)
        {
            var reader = DirectoryReader.Open(directory);
            var fields = new HashSet<string> { idField };
            var ids = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d, fields).Get(idField)).ToArray();
            return new BuiltIndex(directory, reader, ids, news);
        }

        public void Dispose()
        {
            reader.Dispose();
            if (news is null) directory.Dispose();
            else news.Dispose();
        }
    }
}
