using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>Every field of the index, its type and analysis, in one place.</summary>
public static class IndexSchema
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    /// <summary>Title and body again, only normalised (not stemmed): exact word forms and name mentions.</summary>
    public const string TitleExact = "title_exact";
    public const string BodyExact = "body_exact";
    /// <summary>Character trigrams of the stemmed words of title and body: spelling and inflection the stemmer misses.</summary>
    public const string TitleGrams = "title_grams";
    public const string BodyGrams = "body_grams";
    public const string Source = "source";
    public const string Published = "published";
    public const string PublishedText = "published_text";
    public const string Url = "url";
    public const string Abstract = "abstract";

    /// <summary>Title matches weigh this much more than body matches.</summary>
    public const float TitleBoost = 2.0f;

    /// <summary>
    /// Fields indexed without word positions: whole values (id, source) and trigrams. A "phrase" cannot be matched
    /// in them (Lucene fails the search: <c>field was indexed without position data</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> WithoutPositionData =
        new HashSet<string>(StringComparer.Ordinal) { Id, Source, TitleGrams, BodyGrams };

    /// <summary>Each exact-form field and the stored field whose text it was analysed from; body first.</summary>
    public static readonly IReadOnlyList<(string Exact, string Stored)> ExactFromStored = [(BodyExact, Body), (TitleExact, Title)];

    /// <summary>The analysed text fields a free-text query searches.</summary>
    public static readonly IReadOnlyList<string> TextFields = [Title, Body];

    /// <summary>
    /// Positions but no offsets: a mark's offsets are those of the word at the token's position in the stored text
    /// (<see cref="WordOffsets"/>), which saves a fifth of the index and of the indexing time. Title and body are indexed
    /// from pre-analysed token streams (<see cref="OnePassAnalysis"/>), so their text is stored by a separate stored-only
    /// field of the same name.
    /// </summary>
    private static readonly FieldType WithPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    private static readonly FieldType WithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Each field's analyzer for the index and an article's own text, one shared instance per role (<see
    /// cref="SharedAnalyzers"/>).</summary>
    public static Analyzer Analyzer { get; } = PerField(SharedAnalyzers.Stemmed);

    /// <summary>The index's analysis for queries: stemmed fields also drop a clitic written apart (<see
    /// cref="NewsAnalyzer.ForQueries"/>).</summary>
    public static Analyzer QueryAnalyzer { get; } = PerField(SharedAnalyzers.StemmedQueries);

    private static Analyzer PerField(NewsAnalyzer stemmed) =>
        new PerFieldAnalyzerWrapper(stemmed, new Dictionary<string, Analyzer>
        {
            [TitleExact] = SharedAnalyzers.Exact,
            [BodyExact] = SharedAnalyzers.Exact,
            [TitleGrams] = SharedAnalyzers.Grams,
            [BodyGrams] = SharedAnalyzers.Grams,
        });

    /// <summary>The article's document; its title and body are analysed by <paramref name="analysis"/>.</summary>
    internal static Document ToDocument(Article article, ArticleAnalysis analysis)
    {
        var doc = new Document();
        AddText(doc, analysis.Title.Analyse(article.Title), Title, TitleExact, TitleGrams);
        AddText(doc, analysis.Body.Analyse(article.Body), Body, BodyExact, BodyGrams);
        doc.Add(new StoredField(Title, article.Title));
        doc.Add(new StoredField(Body, article.Body));
        AddMetadata(doc, article);
        return doc;
    }

    /// <summary>The article's id, source, dates, url and abstract: every field but the analysed text.</summary>
    public static void AddMetadata(Document doc, Article article)
    {
        doc.Add(new StringField(Id, article.Id, Field.Store.YES));
        doc.Add(new SortedDocValuesField(Id, new Lucene.Net.Util.BytesRef(article.Id)));
        if (article.Source is { Length: > 0 } source)
        {
            doc.Add(new StringField(Source, source, Field.Store.YES));
            doc.Add(new SortedDocValuesField(Source, new Lucene.Net.Util.BytesRef(source)));
        }
        if (article.Published is { } published)
        {
            var millis = published.ToUnixTimeMilliseconds();
            doc.Add(new Int64Field(Published, millis, Field.Store.YES));
            doc.Add(new NumericDocValuesField(Published, millis));
        }
        AddStored(doc, PublishedText, article.PublishedText);
        AddStored(doc, Url, article.Url);
        AddStored(doc, Abstract, article.Abstract);
    }

    /// <summary>Indexed before the stored copy of the text, so the stored-only field cannot shift positions.</summary>
    private static void AddText(Document doc, AnalysedText text, string stemmed, string exact, string grams)
    {
        doc.Add(new Field(stemmed, text.Stemmed, WithPositions));
        doc.Add(new Field(exact, text.Exact, WithPositions));
        doc.Add(new Field(grams, text.Grams, WithoutPositions));
    }

    public static Article ToArticle(Document doc)
    {
        var millis = doc.GetField(Published)?.GetInt64Value();
        return new Article(doc.Get(Id), doc.Get(Title) ?? "", doc.Get(Body) ?? "")
        {
            Source = doc.Get(Source),
            Published = millis is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            PublishedText = doc.Get(PublishedText),
            Url = doc.Get(Url),
            Abstract = doc.Get(Abstract),
        };
    }

    private static void AddStored(Document doc, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) doc.Add(new StoredField(name, value));
    }
}
