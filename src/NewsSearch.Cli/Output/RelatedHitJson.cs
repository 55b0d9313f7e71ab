using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

public sealed record RelatedHitJson(int Rank, float Score, string Id, string Title, string? Source,
    DateTimeOffset? Published, string? Url, string Lead)
{
    public static RelatedHitJson From(RelatedHit hit) =>
        new(hit.Rank, hit.Score, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Published, hit.Article.Url, hit.Lead)
        { LeadForTitle = Headline.LeadForTitle(hit.Article) };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has
    /// one).</summary>
    public string? LeadForTitle { get; init; }
}
