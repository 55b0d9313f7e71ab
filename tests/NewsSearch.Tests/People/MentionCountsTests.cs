using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

public sealed class MentionCountsTests
{
    [Fact]
    public void Counts_are_kept_until_the_index_commits_and_then_recounted()
    {
        using var temp = TempIndex.Of(new Article("a1", "ظريف في فيينا", "قال وزير الخارجية الإيراني ظريف إن المحادثات تتقدم."));
        var mentions = new MentionSearcher(temp.Index);

        var first = mentions.MentionCounts();
        Assert.Equal(2, first["zarif"]);
        Assert.Equal(0, first["witkoff"]);
        Assert.Equal(mentions.People.People.Select(p => p.Id).Order(), first.Keys.Order());
        Assert.Same(first, mentions.MentionCounts());

        ArticleIndexer.Run(temp.Index, [ReadOutcome.Of(new Article("a2", "لقاء", "التقى نظيره الإيراني ظريف والمبعوث الأمريكي ويتكوف."))], new IndexRunOptions());
        temp.Index.Searcher.Refresh();

        var second = mentions.MentionCounts();
        Assert.Equal(3, second["zarif"]);
        Assert.Equal(1, second["witkoff"]);
    }

    [Fact]
    public async Task Counting_in_the_background_keeps_the_last_counts_until_the_new_commit_is_counted()
    {
        using var temp = TempIndex.Of(new Article("a1", "ظريف في فيينا", "قال وزير الخارجية الإيراني ظريف إن المحادثات تتقدم."));
        var mentions = new MentionSearcher(temp.Index);
        Assert.Null(mentions.LastListedMentions);
        var first = await mentions.CountInBackground();
        Assert.Same(first, await mentions.CountInBackground());

        ArticleIndexer.Run(temp.Index, [ReadOutcome.Of(new Article("a2", "لقاء", "التقى نظيره الإيراني ظريف والمبعوث الأمريكي ويتكوف."))], new IndexRunOptions());
        temp.Index.Searcher.Refresh();

        Assert.Same(first, mentions.LastListedMentions);
        var second = await mentions.CountInBackground();
        Assert.Equal(3, second.Counts["zarif"]);
        Assert.Same(second, mentions.LastListedMentions);
        Assert.Equal(["zarif", "witkoff"], second.In("a2").Select(p => p.Person.Id).Order().Reverse());
        Assert.Empty(second.In("no-such-article"));
    }
}
