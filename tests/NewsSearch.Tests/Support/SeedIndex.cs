using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Support;

/// <summary>The two seed articles in a temp index with a searcher, shared by a test class or collection.</summary>
public sealed class SeedIndex : IDisposable
{
    public const string Asharq = "000_9f777eadf6025f7f";
    public const string Anadolu = "004_6a5caba8e2838df0";

    private readonly TempIndex temp = new(ArticleReader.ReadSeeds());

    public SeedIndex() => Searcher = new NewsSearcher(Index);

    public NewsIndex Index => temp.Index;
    public string Path => temp.Path;
    public NewsSearcher Searcher { get; }

    public SearchResults Search(string query, int pageSize = 10) => Searcher.Search(new SearchRequest(query) { PageSize = pageSize });

    public static IEnumerable<Article> SeedArticles() => ArticleReader.ReadSeeds().Select(o => o.Article!);

    public static string Body(string id) => SeedArticles().Single(a => a.Id == id).Body;

    public void Dispose()
    {
        temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SeedIndexCollection : ICollectionFixture<SeedIndex>
{
    public const string Name = "seed index";
}
