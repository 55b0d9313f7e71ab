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
                "page from 1 (default 1), size 1–100 (default 10), page × size at most 1,000. " +
                "source: an outlet (repeat for several); from, to: UTC days as yyyy-MM-dd, both inclusive (undated articles are left out " +
                "and counted); sort: relevance (default), date (newest first) or date-asc. counts covers the whole result set.");

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(NewsSearcher searcher, string? q, string? page, string? size,
        string[]? source, string? from, string? to, string? sort)
    {
        if (!SearchParameters.TryRead(new(q, page, size, source, from, to, sort), out var request, out var errors))
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
