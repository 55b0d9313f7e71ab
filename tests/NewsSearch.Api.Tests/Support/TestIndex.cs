using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Api.Tests.Support;

/// <summary>An index in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TestIndex : IDisposable
{
    private TestIndex(string path) => Path = path;

    public string Path { get; }

    public static TestIndex Create(IEnumerable<Article> articles)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newssearch-api-tests", Guid.NewGuid().ToString("N"));
        var index = new TestIndex(path);
        index.Add(articles, rebuild: true);
        return index;
    }

    /// <summary>Writes the articles in one commit, as an <c>index</c> run would while the API serves.</summary>
    public void Add(IEnumerable<Article> articles, bool rebuild = false)
    {
        using var index = NewsIndex.Open(Path);
        ArticleIndexer.Run(index, articles.Select(ReadOutcome.Of), new IndexRunOptions { Rebuild = rebuild });
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
