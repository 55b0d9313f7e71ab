using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>Human-readable mentions and spelling variants: ANSI marks on a terminal, «» when redirected.</summary>
public static class MentionsText
{
    public static void Write(MentionReport report, TextWriter output, bool redirected)
    {
        var format = redirected ? SnippetFormat.Brackets : SnippetFormat.Ansi;
        output.WriteLine(Describe(report.Person));
        output.WriteLine($"{Count(report.Total, "mention")} in {Count(report.Articles.Count, "article")}");
        foreach (var article in report.Articles)
        {
            output.WriteLine();
            var date = article.Published?.ToString("yyyy-MM-dd") ?? article.PublishedText;
            output.WriteLine($"{article.Id}  {article.Title}{(date is null ? "" : $"  ({date})")}  — {Count(article.Count, "mention")}");
            foreach (var m in article.Mentions)
                output.WriteLine($"   {m.Field} {m.Start}-{m.End}  {m.Surface}  │ {format.Render(m.Sentence)}");
        }
    }

    internal static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    internal static string Describe(PersonForms person) => person.Person is { } p
        ? $"{p.NameEn} / {p.NameAr} ({p.Id}{(p.Role is null ? "" : $", {p.Role}")})"
        : $"\"{person.Name}\" is not on the people list: searched the name's own forms with clitic prefixes " +
          $"({string.Join("، ", person.FormTexts.Take(6))}{(person.Forms.Count > 6 ? "…" : "")})";
}

public static class VariantsText
{
    public static void Write(VariantReport report, TextWriter output, bool redirected)
    {
        var format = redirected ? SnippetFormat.Brackets : SnippetFormat.Ansi;
        output.WriteLine(MentionsText.Describe(report.Person));
        output.WriteLine($"{MentionsText.Count(report.Variants.Count, "index spelling")} close to {string.Join("، ", report.Targets)}" +
                         " (distance: 0.5 per transliteration swap or vowel letter, 1 per other edit)");
        foreach (var v in report.Variants)
        {
            output.WriteLine();
            var prefix = v.Prefix.Length > 0 ? $"  clitic {v.Prefix}+" : "";
            var known = v.Known ? "  on the list" : "";
            output.WriteLine($"{v.Term}  distance {v.Distance:0.#} from {v.Target}  ×{v.Count} in {MentionsText.Count(v.Articles, "article")}{prefix}{known}");
            if (v.Example is { } e) output.WriteLine($"   {e.ArticleId}: {format.Render(e.Sentence)}");
        }
    }
}
