using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

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
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(NewsSearcher searcher,
        MentionSearcher mentions, string id, string? q)
    {
        if (searcher.GetArticle(id) is not { } article) return Problems.NotFound("no article has this id");
        var people = (await PeopleEndpoints.ListedMentions(mentions)).In(article.Id);
        return TypedResults.Ok(ArticleResponse.From(article).With(MarksOrNone(searcher, id, q), people));
    }

    private static ArticleMarks? MarksOrNone(NewsSearcher searcher, string id, string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        try
        {
            return searcher.Marks(id, q);
        }
        catch (QuerySyntaxException)
        {
            return null;
        }
    }
}
