namespace NewsSearch.Core.Snippets;

public sealed record SnippetOptions
{
    public static readonly SnippetOptions Default = new();
    public int MaxPassages { get; init; } = 3;
    /// <summary>A passage longer than this is cut at word boundaries around its matches.</summary>
    public int MaxChars { get; init; } = 200;
}
