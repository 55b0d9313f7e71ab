namespace NewsSearch.Cluster.Searching;

/// <summary>
/// How many shards a cluster answer covers, like Elasticsearch's <c>_shards</c>: a shard that is rebuilding, or whose
/// silo died and is not yet active elsewhere, is missing — its articles are left out of the answer, never silently.
/// </summary>
public sealed record ShardsAnswered(int Total, int Answered, int[] MissingShards)
{
    public int Missing => MissingShards.Length;
    public bool Complete => Missing == 0;
}
