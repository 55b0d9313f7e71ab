using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

public sealed record HitResponse(int Rank, string Id, string Title, string? Source, DateTimeOffset? Published, string? Url,
    float Score, IReadOnlyList<SnippetResponse> Snippets)
{
    public static HitResponse From(SearchHit hit) =>
        new(hit.Rank, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Published, hit.Article.Url,
            hit.Score, hit.Snippets.Select(SnippetResponse.From).ToList())
        { LeadForTitle = Headline.LeadForTitle(hit.Article) };

    /// <summary>The article has no title (<see cref="Title"/> is empty): its lead sentence, to show marked as such in the title's
    /// place.</summary>
    public string? LeadForTitle { get; init; }
}
