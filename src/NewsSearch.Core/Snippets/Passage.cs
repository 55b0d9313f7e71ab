namespace NewsSearch.Core.Snippets;

/// <summary>A sentence with the matches that start in it.</summary>
internal sealed record Passage(int Start, int End, IReadOnlyList<Match> Matches);
