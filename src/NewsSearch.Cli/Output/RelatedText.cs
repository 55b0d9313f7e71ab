using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>Related articles as text: the article asked about, then each related one with its score and lead.</summary>
public static class RelatedText
{
    public static void Write(RelatedResults related, TextWriter output)
    {
        output.WriteLine($"{related.Hits.Count} related to {related.Article.Id}" +
            $"  {Headline.Of(related.Article)} ({related.Took.TotalMilliseconds:0} ms)");
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
