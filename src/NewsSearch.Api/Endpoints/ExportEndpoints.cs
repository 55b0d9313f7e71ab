using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Backends;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary><c>GET /api/search.csv</c>: a search's results as a spreadsheet.</summary>
public static class ExportEndpoints
{
    /// <summary>Response headers that say how many hits the search has and how many rows the CSV holds.</summary>
    public const string TotalHitsHeader = "X-Total-Hits", RowsHeader = "X-Csv-Rows";

    public static void MapExport(this IEndpointRouteBuilder api) =>
        api.MapGet("/search.csv", Export)
            .WithName("SearchCsv")
            .WithTags("Search")
            .WithSummary("A search's results as CSV (UTF-8 with a byte-order mark) for spreadsheets.")
            .WithDescription("The parameters of GET /api/search except page and size: the rows are the first " +
                $"{ResultsCsv.MaxRows} hits in the chosen order, with columns {string.Join(", ", ResultsCsv.Columns)} " +
                $"(the first snippet as plain text). The {TotalHitsHeader} and {RowsHeader} headers say whether rows were left out.")
            .Produces<string>(StatusCodes.Status200OK, ResultsCsv.MediaType);

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(HttpContext context, NewsBackend backend, string? q,
        string[]? source, string? from, string? to, string? sort)
    {
        var (_, answer, problem) = await SearchEndpoints.Run(backend, new(q, null, null, source, from, to, sort), ResultsCsv.Rows);
        if (problem is not null) return problem;
        var results = ResultsCsv.Exported(answer!.Value);
        context.Response.Headers[TotalHitsHeader] = ResultsCsv.Listed(results).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers[RowsHeader] = results.Hits.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(ResultsCsv.ToBytes(results), $"{ResultsCsv.MediaType}; charset=utf-8", "newssearch-results.csv");
    }
}
