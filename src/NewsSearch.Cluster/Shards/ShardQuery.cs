using System.Text.Json;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>Which query of a request a shard runs: the query as typed, or the search for some of its words.</summary>
public enum SearchPhase
{
    AllWords,
    SomeWords,
}

/// <summary>A search request as sent to the shards (Core's <see cref="SearchRequest"/>, carried as JSON) and its phase.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardQuery([property: Id(0)] string RequestJson, [property: Id(1)] SearchPhase Phase)
{
    public static ShardQuery For(SearchRequest request, SearchPhase phase) => new(JsonSerializer.Serialize(request), phase);

    public SearchRequest Request => JsonSerializer.Deserialize<SearchRequest>(RequestJson)!;
}
