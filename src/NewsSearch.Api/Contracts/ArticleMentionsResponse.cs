using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

public sealed record ArticleMentionsResponse(string Id, string Title, string? Source, DateTimeOffset? Published, string? PublishedText,
    int Count, IReadOnlyList<MentionResponse> Mentions)
{
    public static ArticleMentionsResponse From(ArticleMentions article) =>
        new(article.Id, article.Title, article.Source, article.Published, article.PublishedText, article.Count,
            article.Mentions.Select(MentionResponse.From).ToList())
        { LeadForTitle = article.Headline.IsLead ? article.Headline.Text : null };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has
    /// one).</summary>
    public string? LeadForTitle { get; init; }
}
