using NewsSearch.Api.Hosting;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary>
/// Reads the query string of <c>GET /api/search</c>. Numbers are read here rather than bound by the framework
/// so that a bad one gets the same named problem as an out-of-range one. The query text itself is checked by
/// <see cref="NewsQueryParser"/> when the search runs.
/// </summary>
public static class SearchParameters
{
    public const int DefaultSize = 10;

    public static bool TryRead(string? q, string? page, string? size, out SearchRequest request,
        out Dictionary<string, string[]> errors)
    {
        errors = [];
        var pageNumber = ReadInt(page, "page", 1, ApiLimits.MaxResultWindow, 1, errors);
        var pageSize = ReadInt(size, "size", 1, ApiLimits.MaxPageSize, DefaultSize, errors);
        if (errors.Count == 0 && pageNumber * pageSize > ApiLimits.MaxResultWindow)
            errors["page"] = [$"page × size must be at most {ApiLimits.MaxResultWindow}; with size {pageSize} the last page is {ApiLimits.MaxResultWindow / pageSize}"];
        request = new SearchRequest(q ?? "") { Page = pageNumber, PageSize = pageSize };
        return errors.Count == 0;
    }

    private static int ReadInt(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
            return value;
        errors[name] = [$"{name} must be a whole number from {min} to {max}"];
        return fallback;
    }
}
