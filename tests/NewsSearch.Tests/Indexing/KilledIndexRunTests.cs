using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>
/// A real <c>newssearch index</c> process killed hard mid-run (after it has flushed a segment to disk, before
/// its commit): the index still opens, holds exactly the last commit, passes Lucene's CheckIndex, and the next
/// run completes. Search keeps answering from the last commit while the run writes.
/// </summary>
public sealed class KilledIndexRunTests : IDisposable
{
    // As many as the real corpus, so that the run flushes a segment well before its commit.
    private const int Articles = 41_000;
    private const int BaseArticles = 100;
    private const int RetryArticles = 2_000;
    private const string BaseMarker = "أساسيمولد";
    private const string NewMarker = "جديدمولد";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string IndexDir => Path.Combine(dir.Path, "index");

    [Fact]
    public void A_rebuild_killed_after_flushing_a_segment_leaves_the_last_commit_and_the_next_run_completes()
    {
        var corpus = Path.Combine(dir.Path, "corpus.jsonl");
        GeneratedCorpus.Write(corpus, Articles, "new-", NewMarker);
        var committed = IndexBase();

        using (var run = CliProcess.Start(IndexDir, "index", "--rebuild", corpus))
        {
            var duringRun = CliProcess.Run(IndexDir, "search", $"{BaseMarker} OR {NewMarker}", "--json");
            WaitForAFlushedSegment(run, committed);
            var afterFlush = SearchInProcess(BaseMarker, NewMarker);
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
            Assert.Equal(0, duringRun.ExitCode);
            Assert.Equal(BaseArticles, Total(duringRun));
            Assert.Equal((BaseArticles, 0), afterFlush);
        }

        Assert.True(File.Exists(Path.Combine(IndexDir, "write.lock")), "the killed process left its lock file behind");
        AssertHoldsExactly(committed, BaseArticles);

        // The next run reuses the orphaned segment names; a slice of the corpus is enough to show it completes.
        var retry = Path.Combine(dir.Path, "retry.jsonl");
        GeneratedCorpus.Write(retry, RetryArticles, "new-", NewMarker);
        var next = CliProcess.Run(IndexDir, "index", retry);
        Assert.Equal(0, next.ExitCode);
        Assert.StartsWith($"indexed {RetryArticles}, updated 0, skipped 0", next.Stdout);
        using var index = NewsIndex.Open(IndexDir);
        Assert.Equal(BaseArticles + RetryArticles, index.Stats().Articles);
        var searcher = new NewsSearcher(index);
        Assert.Equal(RetryArticles, searcher.Search(new SearchRequest(NewMarker)).TotalHits);
    }

    private sealed record Commit(long Generation, IReadOnlyList<string> Files);

    /// <summary>Commits the base articles in-process and returns that commit.</summary>
    private Commit IndexBase()
    {
        var baseFile = Path.Combine(dir.Path, "base.jsonl");
        GeneratedCorpus.Write(baseFile, BaseArticles, "base-", BaseMarker, seed: 1);
        using var index = NewsIndex.Open(IndexDir);
        ArticleIndexer.Run(index, ArticleReader.Read([baseFile]), new IndexRunOptions());
        return ReadCommit(index);
    }

    /// <summary>Waits until the run has written a complete segment that no commit references yet.</summary>
    private void WaitForAFlushedSegment(Process run, Commit committed)
    {
        var known = committed.Files.ToHashSet();
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(IndexDir, "*.si").Any(f => !known.Contains(Path.GetFileName(f))))
        {
            Assert.False(run.HasExited, "the run ended before it flushed a segment: the corpus is too small to kill it mid-run");
            Assert.True(clock.Elapsed < Patience, "no segment flushed in time");
            Thread.Sleep(10);
        }
        Assert.False(run.HasExited, "the run ended before it could be killed");
    }

    private void AssertHoldsExactly(Commit committed, int articles)
    {
        using var index = NewsIndex.Open(IndexDir);
        var now = ReadCommit(index);
        Assert.Equal(committed.Generation, now.Generation);
        Assert.Equal(committed.Files, now.Files);
        Assert.True(new CheckIndex(index.Directory).DoCheckIndex().Clean, "CheckIndex found a damaged index");
        Assert.Equal(articles, index.Stats().Articles);
        var searcher = new NewsSearcher(index);
        Assert.Equal(articles, searcher.Search(new SearchRequest(BaseMarker)).TotalHits);
        Assert.Equal(0, searcher.Search(new SearchRequest(NewMarker)).TotalHits);
    }

    private (int Base, int New) SearchInProcess(string baseQuery, string newQuery)
    {
        using var index = NewsIndex.Open(IndexDir);
        var searcher = new NewsSearcher(index);
        return (searcher.Search(new SearchRequest(baseQuery)).TotalHits, searcher.Search(new SearchRequest(newQuery)).TotalHits);
    }

    private static Commit ReadCommit(NewsIndex index)
    {
        var infos = new SegmentInfos();
        infos.Read(index.Directory);
        return new Commit(infos.Generation, [.. infos.GetFiles(index.Directory, true).Order(StringComparer.Ordinal)]);
    }

    private static int Total(CliProcess.Result result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
