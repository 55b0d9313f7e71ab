namespace NewsSearch.Cluster.Shards;

/// <summary>
/// One shard of the cluster (key: its number, 0..N-1), placed on a silo by Orleans. It owns a Lucene index under that
/// silo's data folder, kept up to date from the store, and answers the three steps of a cluster search.
/// </summary>
[Alias("NewsSearch.Shard")]
public interface IShardGrain : IGrainWithIntegerKey
{
    [Alias("Status")]
    Task<ShardStatus> Status();

    [Alias("Statistics")]
    Task<ShardStatistics> Statistics(ShardQuery query);

    [Alias("Search")]
    Task<ShardPage> Search(ShardQuery query, GlobalStatistics statistics);

    /// <summary>The hits for these article ids with their snippets, as JSON of Core's SearchHit list.</summary>
    [Alias("Hits")]
    Task<string> Hits(ShardQuery query, string[] ids, GlobalStatistics statistics);
}

/// <summary>Where a shard lives and how far it has read the store.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardStatus([property: Id(0)] int Shard, [property: Id(1)] string Silo, [property: Id(2)] bool Ready,
    [property: Id(3)] long HighWater, [property: Id(4)] int Articles);
