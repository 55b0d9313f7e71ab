namespace NewsSearch.Cluster.Shards;

/// <summary>
/// What scoring a query needs from one shard, or (summed by <see cref="GlobalStatistics"/>) from all of them:
/// its document count, every indexed field's statistics and the statistics of the query's terms.
/// <see cref="Ready"/> is false while the shard rebuilds; <see cref="Refused"/> says why a query cannot run.
/// <see cref="MayWiden"/>: the request goes on with the articles with only some of its words when those with all
/// of them do not fill the window. <see cref="NumDocs"/> (live documents) weighs a related article's terms.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShardStatistics([property: Id(0)] bool Ready, [property: Id(1)] string? Refused, [property: Id(2)] long MaxDoc,
    [property: Id(3)] FieldStat[] Fields, [property: Id(4)] TermStat[] Terms,
    [property: Id(5)] bool MayWiden, [property: Id(6)] long NumDocs)
{
    public static readonly ShardStatistics NotReady = new(false, null, 0, [], [], false, 0);
    public static ShardStatistics Refusing(string reason) => new(true, reason, 0, [], [], false, 0);
}
