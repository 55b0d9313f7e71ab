namespace NewsSearch.Core.Snippets;

/// <summary>A marked stretch of a stored text, as offsets into that text (start, length).</summary>
public readonly record struct Mark(int Start, int Length)
{
    public int End => Start + Length;
}
