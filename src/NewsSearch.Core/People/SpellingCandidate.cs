namespace NewsSearch.Core.People;

/// <summary>
/// An index term within <see cref="SpellingDistance.Tolerance"/> of a name: the clitic prefix read off it, the target
/// word it is closest to, the distance, and how often the index holds it (title and body together).
/// </summary>
public sealed record SpellingCandidate(string Term, string Prefix, string Target, double Distance, long Count)
{
    /// <summary>The candidates of several indexes as one index holding them all would give them: counts of a term add up.</summary>
    public static IEnumerable<SpellingCandidate> Sum(IEnumerable<SpellingCandidate> parts) =>
        parts.GroupBy(c => c.Term, StringComparer.Ordinal).Select(g => g.First() with { Count = g.Sum(c => c.Count) });
}
