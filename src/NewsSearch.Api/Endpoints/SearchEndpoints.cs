using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder api) =>
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search the articles.")
            .WithDescription("q: words (all required), \"exact phrase\", OR, NOT or -, prefix*, title:word; at most 1,000 characters. " +
                "page from 1 (default 1), size 1–100 (default 10), page × size at most 1,000.");

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(NewsSearcher searcher, string? q, string? page, string? size)
    {
        if (!SearchParameters.TryRead(q, page, size, out var request, out var errors))
            return Problems.BadParameters(errors);
        try
        {
            return TypedResults.Ok(SearchResponse.From(request, searcher.Search(request)));
        }
        catch (QuerySyntaxException e)
        {
            return Problems.BadParameter("q", e.Message);
        }
    }
}
