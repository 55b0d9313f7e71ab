using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>
/// Human-readable search results: marked as --marks says (colour on a terminal, ⟦⟧ when redirected). The header counts the articles with
/// all the words; those with only some of them follow under <see cref="Divider"/>.
/// </summary>
public static class SearchText
{
    public const string Divider = "── articles with some of the words ──";

    public static void Write(SearchRequest request, SearchResults results, TextWriter output, SnippetFormat format)
    {
        var shown = results.Hits.Count == 0 ? "" : $", showing {results.Hits[0].Rank}-{results.Hits[^1].Rank}";
        var some = results.PartialFromRank is null ? "" : $" + {results.PartialTotal} with some of the words";
        output.WriteLine($"{results.TotalHits} hit{(results.TotalHits == 1 ? "" : "s")} for {request.Query}" +
            $"{some}{shown} ({results.Took.TotalMilliseconds:0} ms)");
        if (results.PartialMatch) output.WriteLine("No article has all of these words; showing articles with some of them.");
        SearchHelpText.Write(results.Help, output);
        CountsText.Write(results.Filter, results.UndatedExcluded, results.Counts, output);
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            if (hit.Rank == results.PartialFromRank) output.WriteLine(Divider);
            output.WriteLine($"{hit.Rank}. [{hit.Score:0.00}] {hit.Article.Id}  {Headline.Of(hit.Article)}");
            var meta = string.Join("  ", new[] { hit.Article.Source, hit.Article.Published?.ToString("yyyy-MM-dd") }
                .Where(s => s is not null));
            if (meta.Length > 0) output.WriteLine($"   {meta}");
            foreach (var snippet in hit.Snippets) output.WriteLine($"   {format.Render(snippet)}");
        }
    }
}
