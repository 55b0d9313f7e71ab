namespace NewsSearch.Core.Searching;

/// <summary>
/// What a search may ask, as the user sent it (CLI options, the API's query string or JSON body): every value is
/// text or absent, so that <see cref="SearchRequestReader"/> reads it, and refuses a bad one, the same way for every front end.
/// </summary>
/// <param name="Sources">Outlets; each value may also list several, comma-separated.</param>
public sealed record RequestedSearch(string? Query, string? Page = null, string? Size = null,
    IReadOnlyList<string>? Sources = null, string? From = null, string? To = null, string? Sort = null);
