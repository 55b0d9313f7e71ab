using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

/// <summary>The shape of <c>mentions --by day --json</c>.</summary>
public sealed record MentionTimelineJson(string Name, PersonJson? Person, bool InPeopleList, int Total, int Articles,
    IReadOnlyList<MentionCount> ByDay, IReadOnlyList<MentionCount> BySource, int UndatedMentions, int MentionsWithoutSource)
{
    public static MentionTimelineJson From(MentionReport report, MentionTimeline timeline) =>
        new(report.Person.Name, PersonJson.From(report.Person.Person), report.Person.InPeopleList, report.Total, report.Articles.Count,
            timeline.ByDay, timeline.BySource, timeline.UndatedMentions, timeline.MentionsWithoutSource);

    /// <summary>A cluster's answer only: how many shards answered.</summary>
    public ShardsJson? Shards { get; init; }
}
