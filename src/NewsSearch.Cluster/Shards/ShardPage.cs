namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's answer to a search: its best hits (as many as the requested page needs), how many it matched, and its
/// counts per source and day (Core's ArticleCounts as JSON). <see cref="Ready"/> is false while the shard rebuilds.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShardPage([property: Id(0)] bool Ready, [property: Id(1)] int TotalHits, [property: Id(2)] ShardHit[] Hits,
    [property: Id(3)] string CountsJson, [property: Id(4)] int UndatedExcluded)
{
    public static readonly ShardPage NotReady = new(false, 0, [], "null", 0);
}
