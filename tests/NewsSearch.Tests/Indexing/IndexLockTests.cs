using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>Only one run writes an index at a time; a second one, in this process or another, is refused and harms nothing.</summary>
public sealed class IndexLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task A_second_run_while_one_writes_is_refused_in_process_and_from_another_process_and_the_first_completes()
    {
        using var index = NewsIndex.Open(dir.Path);
        using var writing = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        var first = Task.Run(() => ArticleIndexer.Run(index, Paused(writing, finish), new IndexRunOptions()));
        Assert.True(writing.Wait(Patience));

        using (var again = NewsIndex.Open(dir.Path))
            Assert.Throws<Lucene.Net.Store.LockObtainFailedException>(() => ArticleIndexer.Run(again, ArticleReader.ReadSeeds(), new IndexRunOptions()));
        var other = CliProcess.Run(dir.Path, "index");

        finish.Release();
        await first.WaitAsync(Patience);
        Assert.Equal(1, other.ExitCode);
        Assert.EndsWith("(another process is writing this index)", Assert.Single(other.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(10, index.Stats().Articles);
    }

    private static IEnumerable<ReadOutcome> Paused(SemaphoreSlim writing, SemaphoreSlim finish)
    {
        for (var i = 0; i < 10; i++)
        {
            if (i == 5)
            {
                writing.Release();
                finish.Wait(Patience);
            }
            yield return ReadOutcome.Of(new Article($"a{i}", "عنوان", "نص الخبر"));
        }
    }
}
