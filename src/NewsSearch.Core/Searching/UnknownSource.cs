namespace NewsSearch.Core.Searching;

/// <param name="Closest">The index's outlets closest in spelling, with their counts and date ranges.</param>
public sealed record UnknownSource(string Name, IReadOnlyList<SourceInfo> Closest);
