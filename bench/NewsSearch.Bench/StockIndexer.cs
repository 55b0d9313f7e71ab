using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Bench;

/// <summary>
/// The baseline: stock Lucene <see cref="ArabicAnalyzer"/>, one thread, title and body analysed once
/// (positions, no offsets, no exact-form copies), and the same stored fields and doc values as NewsSearch.
/// </summary>
public static class StockIndexer
{
    /// <returns>Seconds spent in the final commit.</returns>
    public static double Run(string folder, IEnumerable<ReadOutcome> input, double ramBufferMB) =>
        Run(folder, input, ramBufferMB, ToDocument);

    /// <summary>Stock <see cref="ArabicAnalyzer"/> and BM25 on one thread, each article as <paramref name="toDocument"/> makes it.</summary>
    /// <returns>Seconds spent in the final commit.</returns>
    public static double Run(string folder, IEnumerable<ReadOutcome> input, double ramBufferMB, Func<Article, Document> toDocument)
    {
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new ArabicAnalyzer(LuceneVersion.LUCENE_48))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramBufferMB,
        };
        using var writer = new IndexWriter(directory, config);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in input)
        {
            if (outcome.Article is not { } article) continue;
            if (seen.Add(article.Id)) writer.AddDocument(toDocument(article));
            else writer.UpdateDocument(new Term(IndexSchema.Id, article.Id), toDocument(article));
        }
        var commit = Stopwatch.StartNew();
        writer.Commit();
        return commit.Elapsed.TotalSeconds;
    }

    public static Document ToDocument(Article article)
    {
        var doc = new Document();
        IndexSchema.AddMetadata(doc, article);
        doc.Add(new TextField(IndexSchema.Title, article.Title, Field.Store.YES));
        doc.Add(new TextField(IndexSchema.Body, article.Body, Field.Store.YES));
        return doc;
    }
}
