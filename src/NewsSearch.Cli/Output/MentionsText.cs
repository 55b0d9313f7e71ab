using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>Human-readable mentions and spelling variants: marked as --marks says.</summary>
public static class MentionsText
{
    public static void Write(MentionReport report, TextWriter output, SnippetFormat format,
        bool showExcluded = false, TimeSpan? took = null)
    {
        output.WriteLine(Describe(report.Person));
        output.WriteLine(Summary(report) + (took is { } t ? $"  ({t.TotalSeconds:0.00} s)" : ""));
        if (AlsoWritten(report) is { } also) output.WriteLine(also);
        WriteArticles(report.Articles, output, format);
        if (report.Doubtful.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"doubtful, not counted (--include-doubtful counts them): " +
                $"{Count(report.Doubtful.Sum(a => a.Count), "mention")}");
            WriteArticles(report.Doubtful, output, format);
        }
        if (showExcluded && report.Excluded.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"left out, someone or something else: {Count(report.Excluded.Sum(a => a.Count), "mention")}");
            WriteArticles(report.Excluded, output, format);
        }
    }

    /// <summary>"N mentions in M articles", then what was not counted and why one would look.</summary>
    internal static string Summary(MentionReport report)
    {
        var line = $"{Count(report.Total, "mention")} in {Count(report.Articles.Count, "article")}";
        var counted = report.Articles.SelectMany(a => a.Mentions).ToList();
        if (report.Person.InPeopleList && counted.Count > 0)
            line += $" ({counted.Count(m => m.Resolution == Resolution.Confirmed)} confirmed, " +
                $"{counted.Count(m => m.Resolution == Resolution.Likely)} likely" +
                    (report.DoubtfulCounted ? $", {counted.Count(m => m.Resolution == Resolution.Doubtful)} doubtful" : "") + ")";
        var doubtful = report.Doubtful.Sum(a => a.Count);
        var excluded = report.Excluded.Sum(a => a.Count);
        if (doubtful > 0) line += $"; {Count(doubtful, "doubtful mention")} not counted";
        if (excluded > 0) line += $"; {Count(excluded, "mention")} of someone else left out (--show-excluded lists them)";
        return line;
    }

    /// <summary>"also written: كوشنار (1 article)", the spellings the people list lacks, or null when there are none.</summary>
    internal static string? AlsoWritten(MentionReport report) => report.AlsoWritten.Count == 0 ? null :
        "also written: " + string.Join("، ", report.AlsoWritten.Select(s => $"{s.Spelling} ({Count(s.Articles, "article")})")) +
        (report.WithVariants ? " — counted in" : " — not counted; --with-variants counts them in");

    private static void WriteArticles(IEnumerable<ArticleMentions> articles, TextWriter output, SnippetFormat format)
    {
        foreach (var article in articles)
        {
            output.WriteLine();
            var date = article.Published?.ToString("yyyy-MM-dd") ?? article.PublishedText;
            output.WriteLine($"{article.Id}  {article.Headline}{(date is null ? "" : $"  ({date})")}" +
                $"  — {Count(article.Count, "mention")}");
            foreach (var m in article.Mentions)
                output.WriteLine($"   {m.Field} {m.Start}-{m.End}  {m.Surface}  │ {format.Render(m.Sentence)}\n" +
                                 $"      {m.Resolution.Name()}: {m.Reason}");
        }
    }

    internal static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    internal static string Describe(PersonForms person) => person.Person is { } p
        ? $"{p.NameEn} / {p.NameAr} ({p.Id}{(p.Role is null ? "" : $", {p.Role}")})"
        : $"\"{person.Name}\" is not on the people list: searched the name's own forms with clitic prefixes " +
          $"({string.Join("، ", person.FormTexts.Take(6))}{(person.Forms.Count > 6 ? "…" : "")})";
}
