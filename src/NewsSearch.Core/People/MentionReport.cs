namespace NewsSearch.Core.People;

/// <summary>
/// All mentions of a name in the index, grouped by article (oldest first, undated last): <see cref="Articles"/>
/// holds the counted ones (confirmed and likely, and doubtful too when <see cref="DoubtfulCounted"/>),
/// <see cref="Doubtful"/> the doubtful ones otherwise, <see cref="Excluded"/> those that are someone else.
/// <see cref="Found"/> is every candidate, as found.
/// </summary>
public sealed record MentionReport(PersonForms Person, IReadOnlyList<ArticleMentions> Found, bool DoubtfulCounted = false)
{
    public IReadOnlyList<ArticleMentions> Articles { get; } =
        Pick(Found, m => m.Counted || (DoubtfulCounted && m.Resolution == Resolution.Doubtful));

    public IReadOnlyList<ArticleMentions> Doubtful { get; } =
        DoubtfulCounted ? [] : Pick(Found, m => m.Resolution == Resolution.Doubtful);

    public IReadOnlyList<ArticleMentions> Excluded { get; } = Pick(Found, m => m.Resolution == Resolution.Other);

    /// <summary>The counted mentions.</summary>
    public int Total => Articles.Sum(a => a.Count);

    /// <summary>
    /// Spellings of the surname the index holds and the people list lacks that name the person (confirmed at least
    /// once), with the number of articles where they count; their mentions are in the report only when asked for.
    /// </summary>
    public IReadOnlyList<OtherSpelling> AlsoWritten { get; init; } = [];

    /// <summary>True when <see cref="AlsoWritten"/>'s mentions are in the report (<c>--with-variants</c>).</summary>
    public bool WithVariants { get; init; }

    /// <summary>The same mentions with the doubtful ones counted in (<c>--include-doubtful</c>).</summary>
    public MentionReport CountingDoubtful() =>
        DoubtfulCounted ? this : new(Person, Found, true) { AlsoWritten = AlsoWritten, WithVariants = WithVariants };

    private static List<ArticleMentions> Pick(IReadOnlyList<ArticleMentions> articles, Func<Mention, bool> keep) =>
        articles.Select(a => a with { Mentions = a.Mentions.Where(keep).ToList() }).Where(a => a.Count > 0).ToList();
}
