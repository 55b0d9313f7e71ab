using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Backends;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary>What the index holds and the outlets' names: the start page's facts.</summary>
public static class IndexEndpoints
{
    public static void MapIndexFacts(this IEndpointRouteBuilder api)
    {
        api.MapGet("/stats", GetStats)
            .WithName("GetStats")
            .WithTags("Index")
            .WithSummary("How many articles the index holds, from which outlets, and its first and last day.")
            .ProducesProblem(StatusCodes.Status400BadRequest); // a Host the API does not answer (AllowedHosts)
        api.MapGet("/sources", GetSources)
            .WithName("GetSources")
            .WithTags("Index")
            .WithSummary("Every outlet: code (as in an article's source and the source parameter), Arabic and Latin name, " +
                "articles in the index, first and last day.")
            .WithDescription("The index's outlets come first, biggest first, " +
                "then those known by name that it does not hold (0 articles). " +
                             "A code without names is an outlet without a display name: show the code as it is.")
            .ProducesProblem(StatusCodes.Status400BadRequest); // a Host the API does not answer (AllowedHosts)
    }

    private static async Task<Ok<IndexStatsResponse>> GetStats(NewsBackend backend)
    {
        var answer = await backend.SummaryAsync();
        return TypedResults.Ok(IndexStatsResponse.From(answer.Value) with { Shards = answer.Shards });
    }

    private static async Task<Ok<IReadOnlyList<SourceResponse>>> GetSources(NewsBackend backend) =>
        TypedResults.Ok(SourceResponse.From(await backend.SourcesAsync(), NewsSources.Shipped));
}
