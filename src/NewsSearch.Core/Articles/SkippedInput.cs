namespace NewsSearch.Core.Articles;

/// <summary>A file or line that could not become an article, and why.</summary>
public sealed record SkippedInput(string File, int? Line, string Reason)
{
    public override string ToString() =>
        Line is null ? $"{File}: {Reason}" : $"{File}:{Line}: {Reason}";
}

/// <summary>What reading one input produced: an article, or a reason it was skipped.</summary>
public sealed record ReadOutcome(Article? Article, SkippedInput? Skipped)
{
    public static ReadOutcome Of(Article article) => new(article, null);
    public static ReadOutcome Skip(string file, int? line, string reason) => new(null, new SkippedInput(file, line, reason));
}
