namespace NewsSearch.Core.Articles;

/// <summary>
/// Skipped (or repaired) inputs grouped by <see cref="SkippedInput.Kind"/>: a count and the first few of each.
/// Memory stays bounded however many lines a feed gets wrong; the full list goes wherever the caller writes it.
/// </summary>
public sealed class SkippedInputSummary(int examplesPerKind = 5)
{
    private readonly Dictionary<string, Group> groups = new(StringComparer.Ordinal);

    public sealed record Group(string Kind, List<SkippedInput> Examples)
    {
        public int Count { get; set; }
    }

    public int Count { get; private set; }

    /// <summary>The groups, largest first (ties in the order first seen).</summary>
    public IReadOnlyList<Group> Groups => [.. groups.Values.OrderByDescending(g => g.Count)];

    public void Add(SkippedInput input)
    {
        Count++;
        if (!groups.TryGetValue(input.Kind, out var group)) groups[input.Kind] = group = new Group(input.Kind, []);
        group.Count++;
        if (group.Examples.Count < examplesPerKind) group.Examples.Add(input);
    }
}
