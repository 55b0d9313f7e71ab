using System.Text.Json;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A search request as sent to the shards (Core's <see cref="SearchRequest"/>, carried as JSON, and whether its hits
/// come with snippets, which the JSON leaves out), its phase, how many best hits each shard returns (the end of
/// the requested window), and the user's people file when the search has one (null: the shipped list).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ShardQuery([property: Id(0)] string RequestJson, [property: Id(1)] SearchPhase Phase, [property: Id(2)] int Window,
    [property: Id(3)] bool Snippets, [property: Id(4)] PeopleFile? People = null)
{
    public static ShardQuery For(SearchRequest request, SearchPhase phase, int window, PeopleList? people = null) =>
        new(JsonSerializer.Serialize(request), phase, window, request.Snippets, people is null ? null : PeopleFile.Of(people));

    public SearchRequest Request => JsonSerializer.Deserialize<SearchRequest>(RequestJson)! with { Snippets = Snippets };
}
