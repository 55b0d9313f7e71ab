namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's answer carried as JSON of a Core type (mentions, spellings, related candidates). <see cref="Ready"/> is
/// false while the shard rebuilds; <see cref="Refused"/> says why the shard would not answer (a name too common, or,
/// with <see cref="TimedOut"/>, a mention search over its time limit), which the coordinator reports as one index would.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShardAnswer([property: Id(0)] bool Ready, [property: Id(1)] string Json, [property: Id(2)] string? Refused = null,
    [property: Id(3)] bool TimedOut = false)
{
    public static readonly ShardAnswer NotReady = new(false, "null");
}
