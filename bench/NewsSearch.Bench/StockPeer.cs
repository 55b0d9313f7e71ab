using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Bench;

/// <summary>
/// What an Elasticsearch user gets from the <c>arabic</c> analyzer, in Lucene.Net: stock <see cref="ArabicAnalyzer"/>,
/// title and body in one analysed field, the article kept as stored fields (like <c>_source</c>), BM25, one thread,
/// on disk, one commit; a query is text matched on any word (a <c>match</c> query), top 10, no snippets.
/// </summary>
public sealed class StockPeer : IDisposable
{
    private const string Text = "text";
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly ArabicAnalyzer analyzer = new(Version);

    private StockPeer(string folder)
    {
        directory = FSDirectory.Open(folder);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public static void Index(string folder, IEnumerable<ReadOutcome> input, double ramBufferMB) =>
        StockIndexer.Run(folder, input, ramBufferMB, ToDocument);

    /// <summary>The id (the same field name as NewsSearch's, so a repeated id replaces), the stored article, one analysed field.</summary>
    private static Document ToDocument(Article article) =>
    [
        new StringField(IndexSchema.Id, article.Id, Field.Store.YES),
        new StoredField("title", article.Title),
        new StoredField("body", article.Body),
        new TextField(Text, article.Title + "\n" + article.Body, Field.Store.NO),
    ];

    public static StockPeer Open(string folder) => new(folder);

    /// <returns>The total hits; the top 10 are fetched (id and title), as a search engine returns them.</returns>
    public int Search(string query)
    {
        var parser = new QueryParser(Version, Text, analyzer) { DefaultOperator = Operator.OR };
        var top = searcher.Search(parser.Parse(QueryParserBase.Escape(query)), 10);
        foreach (var hit in top.ScoreDocs) _ = searcher.Doc(hit.Doc).Get("title");
        return top.TotalHits;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
