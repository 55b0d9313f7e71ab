using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsSearch.Cluster.Hosting;

namespace NewsSearch.Cli.Commands;

/// <summary><c>newssearch node</c>: runs one silo of the cluster until stopped (docs/cluster.md).</summary>
public static class NodeCommand
{
    private static readonly Option<string> Data = new("--data") { Description = "Folder for this silo's shard indexes.", Required = true };
    private static readonly Option<int> Port = new("--port")
    {
        Description = $"Port other silos reach this one on (default {NodeOptions.DefaultPort}); clients use the next one.",
        DefaultValueFactory = _ => NodeOptions.DefaultPort,
    };
    private static readonly Option<string> Address = new("--address")
    {
        Description = "The address this silo advertises to the others (default 127.0.0.1).",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static Command Create()
    {
        var command = new Command("node", "Run one silo of a NewsSearch cluster: it hosts the shards Orleans places on it.")
        {
            ClusterCommand.Db, Data, Port, Address,
        };
        command.SetAction(result => CliRunner.Guard(() =>
        {
            var options = new NodeOptions(result.GetValue(ClusterCommand.Db)!, result.GetValue(Data)!)
            {
                Port = result.GetValue(Port),
                Address = result.GetValue(Address)!,
            };
            using var host = NodeHost.BuildAsync(options).GetAwaiter().GetResult();
            host.Start();
            Console.WriteLine($"node up on {options.Address}:{options.Port} (clients: {options.GatewayPort}), " +
                $"shards under {Path.GetFullPath(options.DataFolder)}; Ctrl+C stops it");
            host.WaitForShutdown();
            return CliRunner.Ok;
        }));
        return command;
    }
}
