using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class SearchWhileIndexingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Search_answers_from_the_last_commit_while_a_run_writes_and_sees_the_new_articles_after_its_commit()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, ArticleReader.ReadSeeds(), new IndexRunOptions());
        var searcher = new NewsSearcher(index);
        using var halfway = new SemaphoreSlim(0);
        using var resume = new SemaphoreSlim(0);

        var run = Task.Run(() => ArticleIndexer.Run(index, PausingHalfway(halfway, resume), new IndexRunOptions()));
        Assert.True(halfway.Wait(Patience), "the run never reached its halfway point");

        index.Searcher.Refresh();
        Assert.Equal(0, Hits(searcher, "مولد"));
        Assert.Equal(2, Hits(searcher, "ميامي"));

        resume.Release();
        await run.WaitAsync(Patience);
        Assert.Equal(0, Hits(searcher, "مولد"));
        index.Searcher.Refresh();
        Assert.Equal(1_000, Hits(searcher, "مولد"));
        Assert.Equal(2, Hits(searcher, "ميامي"));
    }

    private static IEnumerable<ReadOutcome> PausingHalfway(SemaphoreSlim halfway, SemaphoreSlim resume)
    {
        for (var i = 0; i < 1_000; i++)
        {
            if (i == 500)
            {
                halfway.Release();
                resume.Wait(Patience);
            }
            yield return ReadOutcome.Of(new Article($"new-{i}", "عنوان", $"خبر مولد رقم {i}"));
        }
    }

    private static int Hits(NewsSearcher searcher, string query) => searcher.Search(new SearchRequest(query)).TotalHits;
}
