using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary>The shape of <c>related --json</c>.</summary>
public sealed record RelatedJson(string Id, string Title, string? Source,
    DateTimeOffset? Published, double TookMs, IReadOnlyList<RelatedHitJson> Related)
{
    public static RelatedJson From(RelatedResults results) =>
        new(results.Article.Id, results.Article.Title, results.Article.Source, results.Article.Published,
            Math.Round(results.Took.TotalMilliseconds, 1), results.Hits.Select(RelatedHitJson.From).ToList());

    /// <summary>A cluster's answer only: how many shards answered.</summary>
    public ShardsJson? Shards { get; init; }
}
