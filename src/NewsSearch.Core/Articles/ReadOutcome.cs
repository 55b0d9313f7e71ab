namespace NewsSearch.Core.Articles;

/// <summary>
/// What reading one input produced: an article, or a reason it was skipped. An article whose text had to be
/// repaired (invalid UTF-8, a lone surrogate) also carries what was repaired in <see cref="Repaired"/>.
/// </summary>
public sealed record ReadOutcome(Article? Article, SkippedInput? Skipped)
{
    public SkippedInput? Repaired { get; init; }

    public static ReadOutcome Of(Article article) => new(article, null);

    public static ReadOutcome Skip(string file, int? line, string reason, string? kind = null) =>
        new(null, new SkippedInput(file, line, reason) { Kind = kind ?? reason });
}
