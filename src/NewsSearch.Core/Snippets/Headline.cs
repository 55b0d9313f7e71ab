using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// What to show as an article's heading: its title, or, for an article published without one (67 of saudinewsnet's),
/// its lead sentence cut at a word boundary, with <see cref="IsLead"/> set so every front end says so.
/// </summary>
public sealed record Headline(string Text, bool IsLead)
{
    public const int MaxLeadChars = 120;

    /// <summary>For structured output beside the stored title: the lead to show in its place, or null when there is a title.</summary>
    public static string? LeadForTitle(Article article) => Of(article) is { IsLead: true } lead ? lead.Text : null;

    /// <summary>How text output labels a lead shown as the heading.</summary>
    public const string LeadLabel = "(no title) ";

    public static Headline Of(Article article) => Of(article.Title, article.Body);

    public static Headline Of(string title, string body)
    {
        if (!string.IsNullOrWhiteSpace(title)) return new(title, false);
        var sentences = PassageSplitter.Split(body);
        if (sentences.Count == 0) return new("", true);
        var (start, end) = sentences[0];
        if (end - start <= MaxLeadChars) return new(body[start..end], true);
        var cut = PassageWindow.Fit(body, new Passage(start, end, []), MaxLeadChars);
        return new(body[cut.Start..cut.End] + SnippetFormat.Ellipsis, true);
    }

    /// <summary>The heading for text output: the title, or the lead after <see cref="LeadLabel"/>.</summary>
    public override string ToString() => IsLead ? LeadLabel + Text : Text;
}
