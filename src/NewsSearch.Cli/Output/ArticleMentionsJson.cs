using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

public sealed record ArticleMentionsJson(
    string Id, string Title, DateTimeOffset? Published, string? PublishedText, int Count, IReadOnlyList<MentionJson> Mentions)
{
    public static ArticleMentionsJson From(ArticleMentions article) =>
        new(article.Id, article.Title, article.Published, article.PublishedText, article.Count,
            article.Mentions.Select(MentionJson.From).ToList())
        { LeadForTitle = article.Headline.IsLead ? article.Headline.Text : null };

    /// <summary>The article has no title: its lead sentence, to show in the title's place (absent when it has one).</summary>
    public string? LeadForTitle { get; init; }
}
