using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary>
/// Reads the parameters of <c>GET /api/search</c> (and the body of <c>POST</c>) with the one reader every front end
/// uses, <see cref="SearchRequestReader"/>, under the API's names. Numbers and days are read there rather than
/// bound by the framework so that a bad one gets the same named problem as an out-of-range one.
/// </summary>
public static class SearchParameters
{
    public static bool TryRead(RequestedSearch asked, out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        var refused = new Dictionary<string, string>();
        request = SearchRequestReader.Read(asked, RequestNames.Api, refused);
        errors = ToProblemErrors(refused);
        return errors.Count == 0;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or the fallback when absent; else an error under its
    /// name.</summary>
    internal static int ReadInt(string? text, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        var refused = new Dictionary<string, string>();
        var value = SearchRequestReader.ReadWholeNumber(text, name, min, max, fallback, refused);
        foreach (var (key, messages) in ToProblemErrors(refused)) errors[key] = messages;
        return value;
    }

    private static Dictionary<string, string[]> ToProblemErrors(Dictionary<string, string> refused) =>
        refused.ToDictionary(e => e.Key, e => new[] { e.Value });
}
