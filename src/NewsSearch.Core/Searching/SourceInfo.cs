using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>One outlet in the index: its name as the feed spells it, its articles and the days they span (UTC).</summary>
public sealed record SourceInfo(string Name, int Articles, DateOnly? First, DateOnly? Last);
