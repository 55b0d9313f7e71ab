using NewsSearch.Cluster.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>
/// A cluster's answer only (<c>--cluster</c>): how many shards it covers, like Elasticsearch's <c>_shards</c>. A
/// missing shard (rebuilding, or its silo died) is listed: its articles are not in the answer.
/// </summary>
public sealed record ShardsResponse(int Total, int Answered, int Missing, IReadOnlyList<int> MissingShards)
{
    public static ShardsResponse From(ShardsAnswered shards) => new(shards.Total, shards.Answered, shards.Missing, shards.MissingShards);
}
