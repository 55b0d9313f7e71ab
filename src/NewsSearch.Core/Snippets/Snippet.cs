namespace NewsSearch.Core.Snippets;

/// <summary>A marked stretch of a stored text, as offsets into that text (start, length).</summary>
public readonly record struct Mark(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// One passage of a stored text with its marks. <see cref="Text"/> is the original surface text;
/// <see cref="Start"/> and every <see cref="Mark"/> are offsets into the whole stored text.
/// </summary>
public sealed record Snippet(string Text, int Start, IReadOnlyList<Mark> Marks, bool CutBefore, bool CutAfter)
{
    public int End => Start + Text.Length;
}

public sealed record SnippetOptions
{
    public static readonly SnippetOptions Default = new();
    public int MaxPassages { get; init; } = 3;
    /// <summary>A passage longer than this is cut at word boundaries around its matches.</summary>
    public int MaxChars { get; init; } = 200;
}
