namespace NewsSearch.Cluster.Shards;

/// <summary>What a silo needs to host shards: its data folder and the store.</summary>
public sealed record ShardHostOptions(string DataFolder, string StoreConnection)
{
    /// <summary>How often a caught-up shard asks the store for new articles.</summary>
    public TimeSpan PollEvery { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Each silo its own sub-folder (named after the silo) of <see cref="DataFolder"/>: several silos in one process or
    /// folder.</summary>
    public bool FolderPerSilo { get; init; }
}
