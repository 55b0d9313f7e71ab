using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

public sealed class MentionCountsTests
{
    [Fact]
    public void Counts_are_kept_until_the_index_commits_and_then_recounted()
    {
        using var temp = TempIndex.Of(new Article("a1", "ظريف في فيينا", "قال ظريف إن المحادثات تتقدم."));
        var mentions = new MentionSearcher(temp.Index);

        var first = mentions.MentionCounts();
        Assert.Equal(2, first["zarif"]);
        Assert.Equal(0, first["witkoff"]);
        Assert.Equal(mentions.People.People.Select(p => p.Id).Order(), first.Keys.Order());
        Assert.Same(first, mentions.MentionCounts());

        ArticleIndexer.Run(temp.Index, [ReadOutcome.Of(new Article("a2", "لقاء", "التقى ظريف وويتكوف."))], new IndexRunOptions());
        temp.Index.Searcher.Refresh();

        var second = mentions.MentionCounts();
        Assert.Equal(3, second["zarif"]);
        Assert.Equal(1, second["witkoff"]);
    }
}
