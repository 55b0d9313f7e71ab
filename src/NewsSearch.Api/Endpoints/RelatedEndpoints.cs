using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Backends;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

public static class RelatedEndpoints
{
    public static void MapRelated(this IEndpointRouteBuilder api) =>
        api.MapGet("/articles/{id}/related", GetRelated)
            .WithName("GetRelated")
            .WithTags("Articles")
            .WithSummary("The articles most like one article (MoreLikeThis), other outlets first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<RelatedResponse>, ProblemHttpResult>> GetRelated(NewsBackend backend, string id) =>
        await backend.RelatedAsync(new RelatedRequest(id)) is { Value: { } related } answer
            ? TypedResults.Ok(RelatedResponse.From(related) with { Shards = answer.Shards })
            : Problems.NotFound("no article has this id");
}
