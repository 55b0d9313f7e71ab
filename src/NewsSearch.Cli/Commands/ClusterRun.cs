using NewsSearch.Cli.Output;
using NewsSearch.Cluster.Hosting;
using NewsSearch.Cluster.Searching;

namespace NewsSearch.Cli.Commands;

/// <summary>A read command's <c>--cluster CONN</c>: joins the cluster as a client, asks, leaves.</summary>
internal static class ClusterRun
{
    public static T Ask<T>(string store, Func<ClusterSearcher, Task<T>> ask) => Task.Run(async () =>
    {
        await using var cluster = await ClusterConnection.ConnectAsync(store);
        return await ask(cluster.Searcher);
    }).GetAwaiter().GetResult();

    /// <summary>After a text answer: a blank line and how many shards answered.</summary>
    public static void WriteShards(ShardsJson shards)
    {
        Console.WriteLine();
        Console.WriteLine(shards.ToText());
    }
}
