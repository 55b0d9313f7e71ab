using NewsSearch.Core.People;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.People;

public sealed class MentionTimelineTests(DatedIndex dated) : IClassFixture<DatedIndex>
{
    private MentionTimeline Timeline(string name, out MentionReport report)
    {
        var mentions = new MentionSearcher(dated.Index);
        report = mentions.Mentions(name);
        return MentionTimeline.From(report);
    }

    [Fact]
    public void Mentions_are_counted_per_utc_day_with_their_articles()
    {
        // riyadh-23 is published at 23:30 UTC and riyadh-24 at 00:30 UTC: two days, each naming Zarif in title and body.
        var timeline = Timeline("ظريف", out var report);

        Assert.Equal(4, report.Total);
        Assert.Equal([new MentionCount("2015-07-23", 2, 1), new MentionCount("2015-07-24", 2, 1)], timeline.ByDay);
        Assert.Equal([new MentionCount("alriyadh", 4, 2)], timeline.BySource);
        Assert.Equal(0, timeline.UndatedMentions);
    }

    [Fact]
    public void Sources_come_most_mentioned_first_and_undated_or_sourceless_mentions_apart()
    {
        var timeline = Timeline("إيران", out var report);

        Assert.Equal(report.Total, timeline.ByDay.Sum(d => d.Mentions) + timeline.UndatedMentions);
        Assert.Equal(report.Total, timeline.BySource.Sum(s => s.Mentions) + timeline.MentionsWithoutSource);
        Assert.Equal(1, timeline.UndatedMentions);
        Assert.Equal(1, timeline.MentionsWithoutSource);
        Assert.Equal(timeline.BySource.OrderByDescending(s => s.Mentions).Select(s => s.Mentions), timeline.BySource.Select(s => s.Mentions));
        Assert.Equal("aawsat", timeline.BySource[0].Key);
        Assert.Equal(["2015-07-20", "2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24"], timeline.ByDay.Select(d => d.Key));
    }

    [Fact]
    public void Nobody_mentioned_gives_an_empty_timeline()
    {
        var timeline = Timeline("بوتين", out var report);

        Assert.Equal(0, report.Total);
        Assert.Empty(timeline.ByDay);
        Assert.Empty(timeline.BySource);
    }
}
