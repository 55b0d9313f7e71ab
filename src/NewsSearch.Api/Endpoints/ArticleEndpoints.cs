using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

public static class ArticleEndpoints
{
    public static void MapArticles(this IEndpointRouteBuilder api) =>
        api.MapGet("/articles/{id}", GetArticle)
            .WithName("GetArticle")
            .WithTags("Articles")
            .WithSummary("One stored article by its id.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    // The id is only ever compared with the index's id field: it never becomes a path.
    private static Results<Ok<ArticleResponse>, ProblemHttpResult> GetArticle(NewsSearcher searcher, string id) =>
        searcher.GetArticle(id) is { } article
            ? TypedResults.Ok(ArticleResponse.From(article))
            : Problems.NotFound("no article has this id");
}
