using System.CommandLine;
using NewsSearch.Cluster.Store;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch cluster init</c>: creates or upgrades the cluster's store (docs/cluster.md).</summary>
public static class ClusterCommand
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "The store: a PostgreSQL connection string (Host=...;Port=...;Username=...;Database=...).",
        Required = true,
    };

    private static readonly Option<int> Shards = new("--shards")
    {
        Description = $"Number of shards, fixed once articles are stored (default {StoreSchema.DefaultShards}).",
        DefaultValueFactory = _ => StoreSchema.DefaultShards,
    };

    private static readonly Option<string> Membership = new("--redis")
    {
        Description = $"The Redis server (host:port) through which silos find each other (default {StoreSchema.DefaultMembership}).",
        DefaultValueFactory = _ => StoreSchema.DefaultMembership,
    };

    public static Command Create()
    {
        var init = new Command("init", "Create or upgrade the store's tables (idempotent).") { Db, Shards, Membership };
        init.SetAction(result => CliRunner.Guard(() =>
        {
            using var db = StoreConnection.Open(result.GetValue(Db)!);
            var info = StoreConnection.Guard(() => StoreSchema.InitAsync(
                db, result.GetValue(Shards), result.GetValue(Membership)!)).GetAwaiter().GetResult();
            Console.WriteLine($"cluster store ready: schema version {info.SchemaVersion}, {info.Shards} shards, " +
                $"silos meet at redis {info.Membership}");
            return CliRunner.Ok;
        }));
        return new Command("cluster", "Set up the store of a NewsSearch cluster.") { init };
    }
}
