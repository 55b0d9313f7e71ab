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

    /// <summary>The analysed text fields a free-text query searches.</summary>
    public static readonly IReadOnlyList<string> TextFields = [Title, Body];

    private static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static readonly FieldType UnstoredWithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static readonly FieldType UnstoredWithoutPositions = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static Analyzer CreateAnalyzer() =>
        new PerFieldAnalyzerWrapper(new NewsAnalyzer(), new Dictionary<string, Analyzer>
        {
            [TitleExact] = new ExactFormAnalyzer(),
            [BodyExact] = new ExactFormAnalyzer(),
            [TitleGrams] = new WordGramAnalyzer(),
            [BodyGrams] = new WordGramAnalyzer(),
        });

    public static Document ToDocument(Article article)
    {
        var doc = new Document
        {
            new StringField(Id, article.Id, Field.Store.YES),
            new SortedDocValuesField(Id, new Lucene.Net.Util.BytesRef(article.Id)),
            new Field(Title, article.Title, TextWithOffsets),
            new Field(Body, article.Body, TextWithOffsets),
            new Field(TitleExact, article.Title, UnstoredWithOffsets),
            new Field(BodyExact, article.Body, UnstoredWithOffsets),
            new Field(TitleGrams, article.Title, UnstoredWithoutPositions),
            new Field(BodyGrams, article.Body, UnstoredWithoutPositions),
        };
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
        return doc;
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
