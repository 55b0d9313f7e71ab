using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Support;

/// <summary>The two seed articles in a temp index with a searcher: a class fixture shared by a test class.</summary>
public sealed class SeedIndex : IDisposable
{
    public const string Asharq = "000_9f777eadf6025f7f";
    public const string Anadolu = "004_6a5caba8e2838df0";

    private readonly TempDir dir = new();

    public SeedIndex()
    {
        Index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(Index, ArticleReader.ReadSeeds(), new IndexRunOptions());
        Searcher = new NewsSearcher(Index);
    }

    public NewsIndex Index { get; }
    public NewsSearcher Searcher { get; }

    public SearchResults Search(string query, int pageSize = 10) => Searcher.Search(new SearchRequest(query) { PageSize = pageSize });

    public static IEnumerable<Article> SeedArticles() => ArticleReader.ReadSeeds().Select(o => o.Article!);

    public void Dispose()
    {
        Searcher.Dispose();
        Index.Dispose();
        dir.Dispose();
    }
}
