using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// One place an article names the person: the field (title or body), the surface form exactly as written
/// and its offsets in that field's stored text, the sentence around it with the mention marked, and whether it
/// is the person (<see cref="Resolution"/>) with the evidence for that in words (<see cref="Reason"/>).
/// </summary>
public sealed record Mention(string Field, int Start, int End, string Surface, Snippet Sentence)
{
    public Resolution Resolution { get; init; } = Resolution.Confirmed;
    public string Reason { get; init; } = "";

    /// <summary>Confirmed or likely: the mentions that counts, timelines and <c>person:</c> stand on.</summary>
    public bool Counted => Resolution is Resolution.Confirmed or Resolution.Likely;
}

/// <summary>Every mention in one article, in reading order (title first).</summary>
public sealed record ArticleMentions(
    string Id, string Title, DateTimeOffset? Published, string? PublishedText, IReadOnlyList<Mention> Mentions)
{
    public int Count => Mentions.Count;
    public string? Source { get; init; }
    /// <summary>The heading to show: the title, or the lead sentence when the article has none.</summary>
    public Headline Headline { get; init; } = new(Title, false);
}

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

/// <summary>A spelling of the surname the people list lacks, and in how many articles it names the person.</summary>
public sealed record OtherSpelling(string Spelling, int Articles);
