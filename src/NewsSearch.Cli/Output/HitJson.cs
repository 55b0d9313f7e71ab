using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

public sealed record HitJson(int Rank, float Score, string Id, string Title, string? Source, DateTimeOffset? Published,
    string? Url, IReadOnlyList<SnippetJson> Snippets)
{
    public static HitJson From(SearchHit hit) =>
        new(hit.Rank, hit.Score, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Published,
            hit.Article.Url, hit.Snippets.Select(SnippetJson.From).ToList())
        { LeadForTitle = Headline.LeadForTitle(hit.Article) };

    /// <summary>The article has no title: its lead sentence, to show in the title's place (absent when it has one).</summary>
    public string? LeadForTitle { get; init; }
}
