using System.Globalization;

namespace NewsSearch.Core.Articles;

/// <summary>Parses dates the way news publishers write them.</summary>
internal static class PublishedDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-dd'T'HHmmss",
        // Arab publishers write day first: 05/03/2017 is 5 March, never May 3.
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dd MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>Dates without an offset are taken as UTC.</summary>
    public static DateTimeOffset? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = WithColonInOffset(text.Trim());
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, styles, out var exact))
            return exact;
        // The invariant culture would read a slashed date month first: never guess on those.
        if (!trimmed.Contains('/') && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var iso))
            return iso;
        return null;
    }

    // RFC 1123 feeds write "+0400"; .NET's zzz wants "+04:00".
    private static string WithColonInOffset(string text)
    {
        var n = text.Length;
        if (n >= 5 && text.Contains(':') && (text[n - 5] == '+' || text[n - 5] == '-') && text[^4..].All(char.IsAsciiDigit))
            return text[..(n - 2)] + ":" + text[(n - 2)..];
        return text;
    }
}
