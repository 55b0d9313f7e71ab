namespace NewsSearch.Cluster.Shards;

/// <summary>One field's collection statistics (maxDoc is the shard's, see <see cref="ShardStatistics.MaxDoc"/>); -1 is unknown.</summary>
[GenerateSerializer, Immutable]
public sealed record FieldStat([property: Id(0)] string Field, [property: Id(1)] long DocCount,
    [property: Id(2)] long SumTotalTermFreq, [property: Id(3)] long SumDocFreq);
