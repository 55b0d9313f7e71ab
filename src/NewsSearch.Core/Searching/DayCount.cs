namespace NewsSearch.Core.Searching;

/// <summary>Articles published on one UTC day.</summary>
public sealed record DayCount(DateOnly Day, int Count);
