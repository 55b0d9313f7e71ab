using NewsSearch.Api.Contracts;

namespace NewsSearch.Api.Backends;

/// <summary>An answer and, from a cluster, how many shards it covers (null from one index).</summary>
public sealed record Answered<T>(T Value, ShardsResponse? Shards = null);
