namespace NewsSearch.Core.Snippets;

/// <summary>
/// One passage of a stored text with its marks. <see cref="Text"/> is the original surface text;
/// <see cref="Start"/> and every <see cref="Mark"/> are offsets into the whole stored text.
/// </summary>
public sealed record Snippet(string Text, int Start, IReadOnlyList<Mark> Marks, bool CutBefore, bool CutAfter)
{
    public int End => Start + Text.Length;
}
