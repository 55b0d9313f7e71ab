using System.Text.Json;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Support;

/// <summary>
/// A small dated fixture: three outlets (one spelled "Okaz"), five days in July 2015, one undated article
/// and one without a source, indexed in this order into a temp index. Every article but Riyadh mentions إيران.
/// </summary>
public sealed class DatedIndex : IDisposable
{
    private readonly TempDir dir = new();

    public static readonly IReadOnlyList<Article> Articles =
    [
        Dated("aawsat-20", "aawsat", "2015-07-20T10:00:00Z", "إيران والاتفاق النووي", "قالت إيران إن الاتفاق النووي مع الدول الكبرى يحفظ حقوقها، وإن إيران لن تقبل التفتيش العسكري."),
        Dated("aawsat-21", "aawsat", "2015-07-21T09:00:00Z", "مجلس الأمن يصادق على الاتفاق", "صادق مجلس الأمن الدولي على الاتفاق مع إيران بالإجماع."),
        Dated("okaz-21", "Okaz", "2015-07-21T09:00:00Z", "مجلس الأمن والاتفاق", "صوت مجلس الأمن لصالح قرار يرفع العقوبات عن إيران تدريجيا."),
        Dated("okaz-22", "Okaz", "2015-07-22T12:00:00Z", "الكونغرس يراجع", "بدأ الكونغرس الأمريكي مراجعة الاتفاق مع إيران خلال ستين يوما."),
        Dated("riyadh-23", "alriyadh", "2015-07-23T23:30:00Z", "ظريف في الكويت", "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت في جولة خليجية بعد الاتفاق مع إيران."),
        Dated("riyadh-24", "alriyadh", "2015-07-24T00:30:00Z", "ظريف في الدوحة", "انتقل ظريف إلى الدوحة حيث التقى أمير قطر وتحدث عن علاقات إيران بجيرانها."),
        new Article("riyadh-undated", "مقال بلا تاريخ", "مقال رأي عن سياسة إيران في المنطقة.") { Source = "alriyadh" },
        new Article("nosource-22", "خبر بلا مصدر", "خبر عن إيران بلا اسم مصدر.") { Published = DateTimeOffset.Parse("2015-07-22T08:00:00Z") },
        Dated("aawsat-22-riyadh", "aawsat", "2015-07-22T15:00:00Z", "أمطار في الرياض", "هطلت أمطار غزيرة على الرياض مساء أمس."),
    ];

    public const string IranQuery = "إيران";

    public DatedIndex()
    {
        Index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(Index, Articles.Select(ReadOutcome.Of), new IndexRunOptions { WriterThreads = 1 }); // one writer: index order = file order, which the date-order tests rely on
        Searcher = new NewsSearcher(Index);
    }

    public NewsIndex Index { get; }
    public NewsSearcher Searcher { get; }

    public SearchResults Search(string query, SearchFilter? filter = null, ResultOrder order = ResultOrder.Relevance, int pageSize = 20, int page = 1) =>
        Searcher.Search(new SearchRequest(query) { Filter = filter ?? SearchFilter.None, Order = order, PageSize = pageSize, Page = page });

    /// <summary>The fixture as a JSON Lines file, for the command-line tests.</summary>
    public static string WriteJsonLines(TempDir dir) =>
        dir.File("dated.jsonl", string.Join('\n', Articles.Select(a => JsonSerializer.Serialize(new
        {
            id = a.Id, source = a.Source, title = a.Title, body = a.Body, date = a.Published?.ToString("yyyy-MM-dd HH:mm:ss"),
        }))));

    private static Article Dated(string id, string source, string published, string title, string body) =>
        new(id, title, body) { Source = source, Published = DateTimeOffset.Parse(published) };

    public void Dispose()
    {
        Index.Dispose();
        dir.Dispose();
    }
}
