namespace NewsSearch.Core.Articles;

/// <summary>
/// A file or line that could not become an article (or was repaired to become one), and why.
/// <see cref="Kind"/> is the reason without the particulars of this input, so that reports can group by it.
/// </summary>
public sealed record SkippedInput(string File, int? Line, string Reason)
{
    private readonly string? kind;

    public string Kind
    {
        get => kind ?? Reason;
        init => kind = value;
    }

    /// <summary>The file, and the line when there is one: <c>feed.jsonl:12</c>.</summary>
    public string Where => Line is null ? File : $"{File}:{Line}";

    public override string ToString() => $"{Where}: {Reason}";
}
