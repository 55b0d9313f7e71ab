namespace NewsSearch.Core.People;

/// <summary>
/// When and where a person was in the news: a <see cref="MentionReport"/> counted per UTC day (in order, days
/// without mentions left out) and per source (most mentions first, then by name). Counts are mentions, not
/// articles, because an article naming someone seven times says more than one naming them in passing; the
/// article count is given beside each. Undated articles and articles without a source are counted apart.
/// </summary>
public sealed record MentionTimeline(
    IReadOnlyList<MentionCount> ByDay, IReadOnlyList<MentionCount> BySource, int UndatedMentions, int MentionsWithoutSource)
{
    public static MentionTimeline From(MentionReport report)
    {
        var byDay = report.Articles.Where(a => a.Published is not null)
            .GroupBy(a => a.Published!.Value.UtcDateTime.ToString("yyyy-MM-dd"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(Count).ToList();
        var bySource = report.Articles.Where(a => !string.IsNullOrEmpty(a.Source))
            .GroupBy(a => a.Source!, StringComparer.OrdinalIgnoreCase)
            .Select(Count)
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        return new MentionTimeline(byDay, bySource,
            report.Articles.Where(a => a.Published is null).Sum(a => a.Count),
            report.Articles.Where(a => string.IsNullOrEmpty(a.Source)).Sum(a => a.Count));
    }

    private static MentionCount Count(IGrouping<string, ArticleMentions> group) =>
        new(group.Key, group.Sum(a => a.Count), group.Count());
}
