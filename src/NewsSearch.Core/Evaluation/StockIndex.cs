using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Evaluation;

/// <summary>The reference configuration's index: one text field (title + body) analysed by stock <c>ArabicAnalyzer</c>.</summary>
internal static class StockIndex
{
    public const string Id = "id", Text = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer CreateAnalyzer() => new ArabicAnalyzer(Version);

    public static Similarity CreateSimilarity() => new BM25Similarity(1.2f, 0.75f);

    public static void Build(Lucene.Net.Store.Directory directory, IEnumerable<Article> articles)
    {
        var config = new IndexWriterConfig(Version, CreateAnalyzer())
            { OpenMode = OpenMode.CREATE, Similarity = CreateSimilarity(), RAMBufferSizeMB = 64 };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
            writer.AddDocument(new Document
            {
                new StringField(Id, article.Id, Field.Store.YES),
                new TextField(Text, article.Title + "\n" + article.Body, Field.Store.NO),
            });
        writer.Commit();
    }

    public static Query? BuildQuery(Analyzer analyzer, string text)
    {
        var query = new BooleanQuery();
        foreach (var term in AnalysedTerms.Of(analyzer, Text, text)) query.Add(new TermQuery(new Term(Text, term)), Occur.SHOULD);
        return query.Clauses.Count == 0 ? null : query;
    }
}
