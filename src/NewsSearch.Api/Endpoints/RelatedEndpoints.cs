using Microsoft.AspNetCore.Http.HttpResults;
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

    private static Results<Ok<RelatedResponse>, ProblemHttpResult> GetRelated(NewsSearcher searcher, string id) =>
        searcher.Related(new RelatedRequest(id)) is { } related
            ? TypedResults.Ok(RelatedResponse.From(related))
            : Problems.NotFound("no article has this id");
}
