using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Backends;
using NewsSearch.Api.Contracts;

namespace NewsSearch.Api.Endpoints;

public static class ArticleEndpoints
{
    public static void MapArticles(this IEndpointRouteBuilder api) =>
        api.MapGet("/articles/{id}", GetArticle)
            .WithName("GetArticle")
            .WithTags("Articles")
            .WithSummary("One stored article by its id, with the listed people it mentions.")
            .WithDescription("q (optional): a query whose matches to give as title_marks and body_marks (offsets into title and body); " +
                "a query that does not parse gives no marks rather than an error.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    // The id is only ever compared with the index's id field: it never becomes a path.
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(NewsBackend backend, string id, string? q)
    {
        var answer = await backend.ArticleAsync(id, q);
        if (answer.Value is not { } found) return Problems.NotFound("no article has this id");
        return TypedResults.Ok(ArticleResponse.From(found.Article).With(found.Marks, found.People) with { Shards = answer.Shards });
    }
}
