using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

/// <summary><c>mentions --by day</c>: one line per day with a bar, then the sources.</summary>
public static class MentionTimelineText
{
    private const int BarWidth = 40;

    public static void Write(MentionReport report, MentionTimeline timeline, TextWriter output)
    {
        output.WriteLine(MentionsText.Describe(report.Person));
        output.WriteLine(MentionsText.Summary(report));
        if (MentionsText.AlsoWritten(report) is { } also) output.WriteLine(also);
        if (report.Total == 0) return;
        output.WriteLine();
        output.WriteLine("per day (mentions, articles):");
        var most = timeline.ByDay.Select(d => d.Mentions).DefaultIfEmpty(1).Max();
        foreach (var day in timeline.ByDay)
            output.WriteLine($"  {day.Key}  {day.Mentions,5} {day.Articles,5}  " +
                $"{new string('█', Math.Max(1, day.Mentions * BarWidth / most))}");
        if (timeline.UndatedMentions > 0) output.WriteLine($"  undated     {timeline.UndatedMentions,5}");
        output.WriteLine();
        output.WriteLine("per source (mentions, articles):");
        foreach (var source in timeline.BySource)
            output.WriteLine($"  {source.Mentions,5} {source.Articles,5}  {source.Key}");
        if (timeline.MentionsWithoutSource > 0) output.WriteLine($"  {timeline.MentionsWithoutSource,5}        (no source)");
    }
}
