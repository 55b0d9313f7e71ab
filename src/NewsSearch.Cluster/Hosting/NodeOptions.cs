namespace NewsSearch.Cluster.Hosting;

/// <summary>
/// One silo of the cluster: the store, its data folder for shard indexes, the port other silos reach it on
/// (<see cref="Port"/>) and the one clients reach it on (<see cref="GatewayPort"/>, the next port), and the address it
/// advertises (the machine's address on the cluster's network; 127.0.0.1 for a cluster on one machine).
/// </summary>
public sealed record NodeOptions(string Store, string DataFolder)
{
    public const int DefaultPort = 11111;
    public int Port { get; init; } = DefaultPort;
    public int GatewayPort => Port + 1;
    public string Address { get; init; } = "127.0.0.1";
}
