using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Snippets;

/// <summary>A temp-dir index of the two seeds plus small articles made for snippet tests, shared by a test class.</summary>
public sealed class SnippetIndex : IDisposable
{
    public const string Seed = "000_9f777eadf6025f7f";

    public static readonly Article Edges = new("edges", "زيارة قصيرة",
        "زيلينسكي يصل إلى العاصمة صباحا. ثم يغادرها في المساء الرئيس زيلينسكي");

    public static readonly Article Script = new("script", "خبر تقني",
        "قال المتحدث <script>alert('x')</script> إن هيغسيث & شركاه \"وصلوا\".");

    public static readonly Article Numbers = new("numbers", "أرقام",
        "ارتفع معدل التضخم إلى 2.5 في المئة خلال الربع الأول بحسب البنك المركزي. وقال البنك إن النمو سيتباطأ.");

    public static readonly Article TitleOnly = new("title-only", "بيان عن الجولان",
        "الجملة الأولى من الخبر قصيرة. والجملة الثانية أيضا قصيرة. والثالثة تكمل الفكرة.");

    public static readonly Article Leaders = new("leaders", "لقاء",
        "التقى ترامب بالوفد صباحا. ثم قال ترمب إن المحادثات بناءة. وقال بوتين إنه متفائل بالنتائج.");

    /// <summary>With 300 other zeta… terms in the index, this hit's own term sorts last.</summary>
    public static readonly Article LateTerm = new("late-term", "مقالة", "كلمة فريدة ثم zeta9999 في آخرها.");

    private readonly string path = Path.Combine(Path.GetTempPath(), "newssearch-snippets-" + Guid.NewGuid().ToString("N"));
    private readonly DirectoryReader reader;

    public SnippetIndex()
    {
        Index = NewsIndex.Open(path);
        var fillers = Enumerable.Range(0, 300).Select(i => new Article($"filler-{i}", "حشو", $"نص حشو zeta{i:0000} فقط."));
        var articles = new[] { Edges, Script, Numbers, TitleOnly, Leaders, LateTerm }.Concat(fillers);
        ArticleIndexer.Run(Index, ArticleReader.ReadSeeds().Concat(articles.Select(ReadOutcome.Of)), new IndexRunOptions { Rebuild = true });
        Searcher = new NewsSearcher(Index);
        reader = Index.OpenReader();
        IndexSearcher = SharedSearcher.NewSearcher(reader);
    }

    public NewsIndex Index { get; }
    public NewsSearcher Searcher { get; }
    public IndexSearcher IndexSearcher { get; }

    /// <summary>The hit for one article, searched through <see cref="NewsSearcher"/> as the CLI does.</summary>
    public SearchHit Hit(string query, string id) =>
        Searcher.Search(new SearchRequest(query) { PageSize = SearchRequest.MaxPageSize }).Hits.Single(h => h.Article.Id == id);

    /// <summary>What <see cref="MatchFinder"/> finds in one article's body for a query.</summary>
    public IReadOnlyList<Match> Matches(string query, string id, params string[] fields)
    {
        var parsed = new NewsQueryParser(IndexSchema.Analyzer).Parse(query);
        var docId = IndexSearcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1).ScoreDocs.Single().Doc;
        var body = IndexSearcher.Doc(docId).Get(IndexSchema.Body);
        var finder = new MatchFinder(IndexSearcher, parsed, fields.Length > 0 ? fields : [IndexSchema.Body, IndexSchema.BodyExact]);
        return finder.Find(docId, body);
    }

    public void Dispose()
    {
        reader.Dispose();
        Index.Dispose();
        Directory.Delete(path, recursive: true);
    }
}

internal static class SnippetAssert
{
    /// <summary>The surface text under every mark of a hit's snippets.</summary>
    public static List<string> MarkedWords(SearchHit hit) =>
        [.. hit.Snippets.SelectMany(s => s.Marks).Select(m => hit.Article.Body.Substring(m.Start, m.Length))];

    public static string Rendered(SearchHit hit) => string.Join("\n", hit.Snippets.Select(SnippetFormat.Brackets.Render));
}
