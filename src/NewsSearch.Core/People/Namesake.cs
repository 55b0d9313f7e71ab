namespace NewsSearch.Core.People;

/// <summary>
/// Someone else written with a person's surname, and the words that mark them next to it: their first names
/// right before it (برنار كوشنير), words right after it that make their name (كيري واشنطن), and their roles
/// written next to it (وزير الخارجية الفرنسي كوشنير).
/// </summary>
public sealed record Namesake(string Name)
{
    public IReadOnlyList<string> FirstNames { get; init; } = [];
    public IReadOnlyList<string> NextWords { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
}
