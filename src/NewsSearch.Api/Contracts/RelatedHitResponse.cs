using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

/// <param name="Lead">Plain text (not HTML): the abstract or the first sentence of the body.</param>
public sealed record RelatedHitResponse(int Rank, string Id, string Title, string? Source,
    DateTimeOffset? Published, float Score, string Lead)
{
    public static RelatedHitResponse From(RelatedHit hit) =>
        new(hit.Rank, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Published, hit.Score, hit.Lead)
        { LeadForTitle = Headline.LeadForTitle(hit.Article) };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has
    /// one).</summary>
    public string? LeadForTitle { get; init; }
}
