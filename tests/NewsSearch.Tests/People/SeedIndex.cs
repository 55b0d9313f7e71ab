using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.People;

/// <summary>A temporary index of the two seed articles, built once and shared by the People tests.</summary>
public sealed class SeedIndex : IDisposable
{
    public const string First = "000_9f777eadf6025f7f";
    public const string Second = "004_6a5caba8e2838df0";

    private readonly TempIndex temp = new(ArticleReader.ReadSeeds());

    public NewsIndex Index => temp.Index;
    public string Path => temp.Path;

    public static string Body(string id) => ArticleReader.ReadSeeds().Select(o => o.Article!).Single(a => a.Id == id).Body;

    public void Dispose() => temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeedIndexCollection : ICollectionFixture<SeedIndex>
{
    public const string Name = "seed index (people)";
}
