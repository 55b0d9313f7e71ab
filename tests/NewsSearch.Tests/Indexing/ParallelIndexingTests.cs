using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

/// <summary>The multi-threaded write path: same counts and same final index as one thread would give.</summary>
public sealed class ParallelIndexingTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static IndexRunOptions Threads(int n) => new() { WriterThreads = n };

    private static Article Copy(int id, int copy) => new($"id-{id}", $"خبر {id}", $"نص الخبر رقم {id} في النسخة {copy}");

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(4, true)]
    public void Repeated_ids_within_a_run_end_as_one_document_holding_the_last_copy(int threads, bool interleaved)
    {
        using var index = NewsIndex.Open(dir.Path);
        // Copies in a row race on one id between threads; interleaved copies are apart in the queue.
        var input = interleaved
            ? Enumerable.Range(0, 5).SelectMany(copy => Enumerable.Range(0, 200).Select(id => ReadOutcome.Of(Copy(id, copy))))
            : Enumerable.Range(0, 200).SelectMany(id => Enumerable.Range(0, 5).Select(copy => ReadOutcome.Of(Copy(id, copy))));

        var report = ArticleIndexer.Run(index, input, Threads(threads));

        Assert.Equal((200, 800, 0), (report.Indexed, report.Updated, report.Skipped));
        using var reader = index.OpenReader();
        Assert.Equal(200, reader.NumDocs);
        var searcher = SharedSearcher.NewSearcher(reader);
        foreach (var id in new[] { 0, 57, 199 })
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Id, $"id-{id}")), 10);
            Assert.Equal(1, hits.TotalHits);
            Assert.Equal(Copy(id, 4).Body, searcher.Doc(hits.ScoreDocs[0].Doc).Get(IndexSchema.Body));
        }
    }

    [Fact]
    public void Counts_are_exact_with_skips_and_ids_from_the_previous_commit()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, Enumerable.Range(0, 300).Select(id => ReadOutcome.Of(Copy(id, 0))), Threads(4));
        var skipped = 0;
        var input = Enumerable.Range(200, 300).SelectMany(id => new[]
        {
            ReadOutcome.Of(Copy(id, 1)),
            ReadOutcome.Skip("f.jsonl", id, "not valid JSON"),
        });

        var report = ArticleIndexer.Run(index, input, Threads(4) with { OnSkipped = _ => skipped++ });

        Assert.Equal((200, 100, 300), (report.Indexed, report.Updated, report.Skipped));
        Assert.Equal(300, skipped);
        Assert.Equal(500, index.Stats().Articles);
    }

    [Fact]
    public void A_document_that_cannot_be_written_fails_the_run_and_keeps_the_earlier_index()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, Enumerable.Range(0, 50).Select(id => ReadOutcome.Of(Copy(id, 0))), Threads(2));
        var before = index.Stats();
        var input = Enumerable.Range(1000, 2000).Select(id =>
            ReadOutcome.Of(id == 1500 ? new Article($"id-{id}", null!, "نص") : Copy(id, 0)));

        Assert.Throws<ArgumentNullException>(() => ArticleIndexer.Run(index, input, Threads(4)));

        Assert.Equal(before, index.Stats());
    }

    [Fact]
    public void Input_failing_after_many_articles_rolls_back_everything()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, Enumerable.Range(0, 50).Select(id => ReadOutcome.Of(Copy(id, 0))), Threads(2));
        var before = index.Stats();

        Assert.Throws<InvalidOperationException>(() => ArticleIndexer.Run(index, FailingAfter(1000), Threads(4) with { Rebuild = true }));

        Assert.Equal(before, index.Stats());
    }

    [Fact]
    public void A_cancelled_run_leaves_the_earlier_index_intact()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, Enumerable.Range(0, 50).Select(id => ReadOutcome.Of(Copy(id, 0))), Threads(2));
        var before = index.Stats();
        using var cancel = new CancellationTokenSource();
        var input = Enumerable.Range(100, 2000).Select(id =>
        {
            if (id == 600) cancel.Cancel();
            return ReadOutcome.Of(Copy(id, 0));
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ArticleIndexer.Run(index, input, Threads(4) with { Cancellation = cancel.Token }));

        Assert.Equal(before, index.Stats());
    }

    [Fact]
    public void The_report_says_how_long_the_commit_took()
    {
        using var index = NewsIndex.Open(dir.Path);
        var report = ArticleIndexer.Run(index, Enumerable.Range(0, 20).Select(id => ReadOutcome.Of(Copy(id, 0))), Threads(2));
        Assert.InRange(report.Committing, TimeSpan.FromTicks(1), report.Elapsed);
    }

    private static IEnumerable<ReadOutcome> FailingAfter(int count)
    {
        for (var id = 0; id < count; id++) yield return ReadOutcome.Of(Copy(id + 5000, 0));
        throw new InvalidOperationException("disk on fire");
    }
}
