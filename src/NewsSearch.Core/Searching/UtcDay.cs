using System.Globalization;

namespace NewsSearch.Core.Searching;

/// <summary>The one way a day is written in a request (options, parameters, <c>date:</c> filters): YYYY-MM-DD, a UTC day.</summary>
internal static class UtcDay
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The day the text names; null when it is not a real day written as YYYY-MM-DD.</summary>
    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
