using System.Globalization;
using NewsSearch.Api.Hosting;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary>The query string of <c>GET /api/search</c>, as sent.</summary>
public sealed record SearchQueryString(string? Q, string? Page, string? Size, string[]? Source = null, string? From = null,
    string? To = null, string? Sort = null);

/// <summary>
/// Reads the query string of <c>GET /api/search</c>. Numbers and days are read here rather than bound by the
/// framework so that a bad one gets the same named problem as an out-of-range one. The query text itself is
/// checked by <see cref="NewsQueryParser"/> when the search runs.
/// </summary>
public static class SearchParameters
{
    public const int DefaultSize = 10;

    /// <summary>The values of <c>sort</c> and the order each means.</summary>
    public static readonly IReadOnlyDictionary<string, ResultOrder> Sorts = new Dictionary<string, ResultOrder>
    {
        ["relevance"] = ResultOrder.Relevance,
        ["date"] = ResultOrder.Newest,
        ["date-asc"] = ResultOrder.Oldest,
    };

    public static bool TryRead(SearchQueryString query, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var pageNumber = ReadInt(query.Page, "page", 1, ApiLimits.MaxResultWindow, 1, errors);
        var pageSize = ReadInt(query.Size, "size", 1, ApiLimits.MaxPageSize, DefaultSize, errors);
        if (errors.Count == 0 && pageNumber * pageSize > ApiLimits.MaxResultWindow)
            errors["page"] = [$"page × size must be at most {ApiLimits.MaxResultWindow}; with size {pageSize} the last page is {ApiLimits.MaxResultWindow / pageSize}"];
        var filter = new SearchFilter
        {
            Sources = [.. (query.Source ?? []).Select(s => s.Trim()).Where(s => s.Length > 0)],
            From = ReadDay(query.From, "from", errors),
            To = ReadDay(query.To, "to", errors),
        };
        if (filter.From > filter.To) errors["from"] = [$"from {filter.From:yyyy-MM-dd} is after to {filter.To:yyyy-MM-dd}"];
        var order = ReadSort(query.Sort, errors);
        request = new SearchRequest(query.Q ?? "") { Page = pageNumber, PageSize = pageSize, Filter = filter, Order = order };
        return errors.Count == 0;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or the fallback when absent; else an error under its name.</summary>
    internal static int ReadInt(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[name] = [$"{name} must be a whole number from {min} to {max}"];
        return fallback;
    }

    private static DateOnly? ReadDay(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[name] = [$"{name} must be a day as yyyy-MM-dd"];
        return null;
    }

    private static ResultOrder ReadSort(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return ResultOrder.Relevance;
        if (Sorts.TryGetValue(text, out var order)) return order;
        errors["sort"] = [$"sort must be one of {string.Join(", ", Sorts.Keys)}"];
        return ResultOrder.Relevance;
    }
}
