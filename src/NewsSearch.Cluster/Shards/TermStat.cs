namespace NewsSearch.Cluster.Shards;

/// <summary>One term's document frequency and total frequency on a shard (or, summed, in the whole cluster).</summary>
[GenerateSerializer, Immutable]
public sealed record TermStat([property: Id(0)] string Field, [property: Id(1)] byte[] Bytes,
    [property: Id(2)] long DocFreq, [property: Id(3)] long TotalTermFreq)
{
    public string Key => TermKey(Field, Bytes);
    public static string TermKey(string field, ReadOnlySpan<byte> bytes) => field + "\u0000" + Convert.ToBase64String(bytes);
}
