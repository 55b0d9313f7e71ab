using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.Support;

/// <summary>A temporary index, deleted on dispose.</summary>
public sealed class TempIndex : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newssearch-index-" + Guid.NewGuid().ToString("N"));

    public TempIndex(IEnumerable<ReadOutcome> input)
    {
        Index = NewsIndex.Open(folder);
        ArticleIndexer.Run(Index, input, new IndexRunOptions { Rebuild = true });
    }

    public static TempIndex Of(params Article[] articles) => new(articles.Select(ReadOutcome.Of));

    public NewsIndex Index { get; }
    public string Path => folder;

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
