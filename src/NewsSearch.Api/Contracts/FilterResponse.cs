using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>The filters applied: the request's parameters and the query's own source: and date: terms.</summary>
public sealed record FilterResponse(IReadOnlyList<string> Sources, DateOnly? From, DateOnly? To)
{
    public static readonly FilterResponse None = new([], null, null);
    public static FilterResponse Of(SearchFilter filter) => new(filter.Sources, filter.From, filter.To);
}
