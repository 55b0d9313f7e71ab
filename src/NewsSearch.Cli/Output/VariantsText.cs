using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

public static class VariantsText
{
    public static void Write(NameVariantReport report, TextWriter output, SnippetFormat format)
    {
        output.WriteLine(MentionsText.Describe(report.Person));
        output.WriteLine($"{MentionsText.Count(report.Variants.Count, "index spelling")} close to {string.Join("، ", report.Targets)}" +
                         " (distance: 0.5 per transliteration swap or vowel letter, 1 per other edit)");
        foreach (var v in report.Variants)
        {
            output.WriteLine();
            var prefix = v.Prefix.Length > 0 ? $"  clitic {v.Prefix}+" : "";
            var known = v.Known ? "  on the list" : "";
            output.WriteLine($"{v.Term}  distance {v.Distance:0.#} from {v.Target}" +
                $"  ×{v.Count} in {MentionsText.Count(v.Articles, "article")}{prefix}{known}");
            if (v.Example is { } e) output.WriteLine($"   {e.ArticleId}: {format.Render(e.Sentence)}");
        }
    }
}
