using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Api.Backends;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

public static class SearchEndpoints
{
    public const string Description =
        "q: words (all required), \"exact phrase\", OR, NOT or -, prefix*, title:word; at most 1,000 characters. " +
        "page from 1 (default 1), size 1–100 (default 10), page × size at most 1,000. " +
        "source: an outlet (repeat or comma-separate for several); from, to: UTC days as yyyy-MM-dd, " +
        "both inclusive (undated articles are left out " +
        "and counted); sort: relevance (default), date (newest first) or date-asc. counts covers the whole result set.";

    public static void MapSearch(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search the articles.")
            .WithDescription(Description);
        api.MapPost("/search", SearchPosted)
            .WithName("SearchPosted")
            .WithTags("Search")
            .WithSummary("Search the articles, the parameters in a JSON body (for queries too long for a link).")
            .WithDescription("The same search and answer as GET /api/search; the body holds its parameters: " + Description);
    }

    private static Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(NewsBackend backend, string? q, string? page, string? size,
        string[]? source, string? from, string? to, string? sort) =>
        Answer(backend, new(q, page, size, source, from, to, sort));

    private static Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchPosted(NewsBackend backend, [FromBody] SearchBody body) =>
        Answer(backend, body.ToRequested());

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Answer(NewsBackend backend, RequestedSearch query)
    {
        var (request, results, problem) = await Run(backend, query, request => request);
        if (problem is not null) return problem;
        return TypedResults.Ok(SearchResponse.From(request!, results!.Value) with { Shards = results.Shards });
    }

    /// <summary>
    /// Reads the parameters and runs the search, shaped by <paramref name="shape"/> (an export asks for other rows);
    /// a bad parameter or query gives the problem that names it instead of results.
    /// </summary>
    internal static async Task<(SearchRequest? Request, Answered<SearchResults>? Results, ValidationProblem? Problem)> Run(
        NewsBackend backend, RequestedSearch query, Func<SearchRequest, SearchRequest> shape)
    {
        if (!SearchParameters.TryRead(query, out var request, out var errors)) return (null, null, Problems.BadParameters(errors));
        try
        {
            return (request, await backend.SearchAsync(shape(request)), null);
        }
        catch (QuerySyntaxException e)
        {
            return (null, null, Problems.BadParameter("q", e.Message));
        }
    }
}
