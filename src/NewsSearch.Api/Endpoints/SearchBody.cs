using System.Globalization;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

/// <summary>The JSON body of <c>POST /api/search</c>: the parameters of <c>GET /api/search</c>, numbers as numbers.</summary>
public sealed record SearchBody(string? Q, int? Page = null, int? Size = null, string[]? Source = null, string? From = null,
    string? To = null, string? Sort = null)
{
    /// <summary>As if sent in the query string, so both forms are checked by the one <see cref="SearchParameters"/>.</summary>
    public RequestedSearch ToRequested() =>
        new(Q, Page?.ToString(CultureInfo.InvariantCulture), Size?.ToString(CultureInfo.InvariantCulture), Source, From, To, Sort);
}
