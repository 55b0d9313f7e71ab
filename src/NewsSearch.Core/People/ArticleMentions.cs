using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>Every mention in one article, in reading order (title first).</summary>
public sealed record ArticleMentions(
    string Id, string Title, DateTimeOffset? Published, string? PublishedText, IReadOnlyList<Mention> Mentions)
{
    public int Count => Mentions.Count;
    public string? Source { get; init; }
    /// <summary>The heading to show: the title, or the lead sentence when the article has none.</summary>
    public Headline Headline { get; init; } = new(Title, false);
}
