using NewsSearch.Cli.Output;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cli.Commands;

/// <summary><c>index … --cluster CONN</c>: the articles go to the store in batches; the shards pick them up from there.</summary>
internal static class ClusterIndexRun
{
    public static void Run(string connectionString, IEnumerable<ReadOutcome> input, SkippedInputLog log)
    {
        using var db = StoreConnection.Open(connectionString);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var articles = input.Select(outcome =>
        {
            if (outcome.Skipped is { } skip) log.OnSkipped(skip);
            if (outcome.Repaired is { } repair) log.OnRepaired(repair);
            return outcome.Article;
        }).OfType<Article>();
        var report = StoreConnection.Guard(async () =>
        {
            var store = await ArticleStore.OpenAsync(db);
            return await store.WriteAsync(articles);
        }).GetAwaiter().GetResult();
        log.WriteSummary(Console.Error);
        Console.WriteLine($"{report}, skipped {log.Skipped} in {clock.Elapsed.TotalSeconds:0.0} s → cluster store");
    }
}
