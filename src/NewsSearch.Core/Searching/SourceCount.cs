namespace NewsSearch.Core.Searching;

public sealed record SourceCount(string Source, int Count);
