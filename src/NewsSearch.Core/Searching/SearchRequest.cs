namespace NewsSearch.Core.Searching;

public sealed record SearchRequest(string Query)
{
    public const int MaxPageSize = 100;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
