using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.People;

/// <summary>
/// One place an article names the person: the field (title or body), the surface form exactly as written
/// and its offsets in that field's stored text, and the sentence around it with the mention marked.
/// </summary>
public sealed record Mention(string Field, int Start, int End, string Surface, Snippet Sentence);

/// <summary>Every mention in one article, in reading order (title first).</summary>
public sealed record ArticleMentions(
    string Id, string Title, DateTimeOffset? Published, string? PublishedText, IReadOnlyList<Mention> Mentions)
{
    public int Count => Mentions.Count;
    public string? Source { get; init; }
}

/// <summary>All mentions of a name in the index, grouped by article (oldest first, undated last).</summary>
public sealed record MentionReport(PersonForms Person, IReadOnlyList<ArticleMentions> Articles)
{
    public int Total => Articles.Sum(a => a.Count);
}
