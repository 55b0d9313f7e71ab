namespace NewsSearch.Core.Searching;

/// <summary>
/// The one length rule for a query, whatever reads it (query language, literal text, the filters taken out of it):
/// at most <see cref="Max"/> characters. Front ends leave the check to the search, so every one refuses alike.
/// </summary>
public static class QueryLength
{
    public const int Max = 1000;

    public static bool IsTooLong(string text) => text.Length > Max;

    /// <exception cref="QuerySyntaxException">The text is longer than <see cref="Max"/>.</exception>
    public static void Check(string text)
    {
        if (IsTooLong(text)) throw new QuerySyntaxException($"the query is longer than {Max} characters");
    }
}
