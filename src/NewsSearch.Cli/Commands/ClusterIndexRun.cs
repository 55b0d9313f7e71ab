using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cli.Commands;

/// <summary><c>index … --cluster CONN</c>: the articles go to the store in batches; the shards pick them up from there.</summary>
internal static class ClusterIndexRun
{
    public static int Run(string connectionString, string[] paths, int skipsShown)
    {
        using var db = StoreConnection.Open(connectionString);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var skipped = 0;
        var articles = (paths.Length == 0 ? ArticleReader.ReadSeeds() : ArticleReader.Read(paths)).Select(outcome =>
        {
            if (outcome.Skipped is { } skip && ++skipped <= skipsShown) Console.Error.WriteLine($"skipped {skip}");
            return outcome.Article;
        }).OfType<Article>();
        var report = StoreConnection.Guard(async () =>
        {
            var store = await ArticleStore.OpenAsync(db);
            return await store.WriteAsync(articles);
        }).GetAwaiter().GetResult();
        if (skipped > skipsShown) Console.Error.WriteLine($"skipped {skipped - skipsShown} more (not shown)");
        Console.WriteLine($"{report}, skipped {skipped} in {clock.Elapsed.TotalSeconds:0.0} s → cluster store");
        return CliRunner.Ok;
    }
}
