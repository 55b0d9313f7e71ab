using System.Globalization;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Reads a <see cref="RequestedSearch"/> into a <see cref="SearchRequest"/>: the one home of the request's rules for
/// every front end. Page from 1 and size from 1 to <see cref="SearchRequest.MaxPageSize"/>, with page × size at most
/// <see cref="SearchRequest.MaxResultWindow"/>; days as <see cref="UtcDay"/>, from not after to; sources repeated or
/// comma-separated; sort one of <see cref="SortWords"/>. The query text itself is checked when the search runs
/// (<see cref="QueryLength"/>, <see cref="NewsQueryParser"/>). Each refusal is added to the errors under the name
/// the front end gives the part (<see cref="RequestNames"/>), all of them, in the order of the request.
/// </summary>
public static class SearchRequestReader
{
    public const int DefaultPageSize = 10;

    public static SearchRequest Read(RequestedSearch asked, RequestNames names, IDictionary<string, string> errors)
    {
        var page = ReadWholeNumber(asked.Page, names.Page, 1, SearchRequest.MaxResultWindow, 1, errors);
        var size = ReadWholeNumber(asked.Size, names.Size, 1, SearchRequest.MaxPageSize, DefaultPageSize, errors);
        if (!errors.ContainsKey(names.Page) && !errors.ContainsKey(names.Size) && page * size > SearchRequest.MaxResultWindow)
            errors[names.Page] = $"{names.Page} × {names.Size} must be at most {SearchRequest.MaxResultWindow}; " +
                $"with {names.Size} {size} the last page is {SearchRequest.MaxResultWindow / size}";
        var filter = ReadFilter(asked, names, errors);
        var order = ReadSort(asked.Sort, names.Sort, errors);
        return new SearchRequest(asked.Query ?? "") { Page = page, PageSize = size, Filter = filter, Order = order };
    }

    /// <summary>The sources and days alone (for commands that narrow a set of articles without a query).</summary>
    public static SearchFilter ReadFilter(RequestedSearch asked, RequestNames names, IDictionary<string, string> errors)
    {
        var filter = new SearchFilter
        {
            Sources =
            [
                .. (asked.Sources ?? [])
                    .SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            ],
            From = ReadDay(asked.From, names.From, errors),
            To = ReadDay(asked.To, names.To, errors),
        };
        if (filter.From > filter.To)
            errors[names.From] = $"{names.From} {filter.From:yyyy-MM-dd} is after {names.To} {filter.To:yyyy-MM-dd}";
        return filter;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or the fallback when absent.</summary>
    public static int ReadWholeNumber(string? text, string name, int min, int max, int fallback, IDictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[name] = $"{name} must be a whole number from {min} to {max}, not '{Shown(text)}'";
        return fallback;
    }

    private static DateOnly? ReadDay(string? text, string name, IDictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (UtcDay.Parse(text) is { } day) return day;
        errors[name] = $"{name} must be a day as YYYY-MM-DD, not '{Shown(text)}'";
        return null;
    }

    private static ResultOrder ReadSort(string? text, string name, IDictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(text)) return ResultOrder.Relevance;
        if (SortWords.Parse(text) is { } order) return order;
        errors[name] = $"{name} must be {SortWords.Listed}, not '{Shown(text)}'";
        return ResultOrder.Relevance;
    }

    /// <summary>The user's value as it may stand in a one-line message: no control characters, at most 40 characters.</summary>
    private static string Shown(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        if (clean.Length <= 40) return clean;
        return clean[..(char.IsHighSurrogate(clean[39]) ? 39 : 40)] + "…";
    }
}
