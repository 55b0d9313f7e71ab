using NewsSearch.Cluster.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>How many shards a cluster answer covers (like Elasticsearch's <c>_shards</c>); missing ones are listed.</summary>
public sealed record ShardsJson(int Total, int Answered, int Missing, IReadOnlyList<int> MissingShards)
{
    public static ShardsJson From(ShardsAnswered shards) => new(shards.Total, shards.Answered, shards.Missing, shards.MissingShards);

    public string ToText() => Missing == 0
        ? $"shards: {Answered} of {Total} answered"
        : $"shards: {Answered} of {Total} answered; missing {string.Join(", ", MissingShards)} (their articles are not in these results)";
}
