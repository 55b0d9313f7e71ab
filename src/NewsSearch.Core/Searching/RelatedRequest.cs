using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

public sealed record RelatedRequest(string Id)
{
    public const int MaxCount = 100;
    public int Count { get; init; } = 10;
    public SearchFilter Filter { get; init; } = SearchFilter.None;
}
