using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>Related articles as text: the article asked about, then each related one with its score and lead.</summary>
public static class RelatedText
{
    public static void Write(RelatedResults related, TextWriter output)
    {
        output.WriteLine($"{related.Hits.Count} related to {related.Article.Id}  {Headline.Of(related.Article)} ({related.Took.TotalMilliseconds:0} ms)");
        if (Meta(related.Article) is { Length: > 0 } meta) output.WriteLine($"   {meta}");
        foreach (var hit in related.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Rank}. [{hit.Score:0.00}] {hit.Article.Id}  {Headline.Of(hit.Article)}");
            if (Meta(hit.Article) is { Length: > 0 } hitMeta) output.WriteLine($"   {hitMeta}");
            if (hit.Lead.Length > 0) output.WriteLine($"   {hit.Lead}");
        }
    }

    private static string Meta(Article article) =>
        string.Join("  ", new[] { article.Source, article.Published?.ToString("yyyy-MM-dd") }.Where(s => s is not null));
}

/// <summary>The shape of <c>related --json</c>.</summary>
public sealed record RelatedJson(string Id, string Title, string? Source, DateTimeOffset? Published, double TookMs, IReadOnlyList<RelatedHitJson> Related)
{
    public static RelatedJson From(RelatedResults results) =>
        new(results.Article.Id, results.Article.Title, results.Article.Source, results.Article.Published,
            Math.Round(results.Took.TotalMilliseconds, 1), results.Hits.Select(RelatedHitJson.From).ToList());

    /// <summary>A cluster's answer only: how many shards answered.</summary>
    public ShardsJson? Shards { get; init; }
}

public sealed record RelatedHitJson(int Rank, float Score, string Id, string Title, string? Source, DateTimeOffset? Published, string? Url, string Lead)
{
    public static RelatedHitJson From(RelatedHit hit) =>
        new(hit.Rank, hit.Score, hit.Article.Id, hit.Article.Title, hit.Article.Source, hit.Article.Published, hit.Article.Url, hit.Lead)
        { LeadForTitle = Headline.LeadForTitle(hit.Article) };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has one).</summary>
    public string? LeadForTitle { get; init; }
}
