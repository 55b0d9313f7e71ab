using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Feeds articles to one <see cref="IndexWriter"/> from several threads, so analysis (each thread has its
/// <see cref="ArticleAnalysis"/>) and the writer's in-memory indexing use every core. The threads share one
/// queue, so a thread that stops to flush a segment leaves the next articles to the others. The queue holds at
/// most <see cref="QueuedTextKbPerThread"/> of text per thread, so a fast reader waits for the writers.
/// An article whose id is new is added without a delete-by-id, which the writer would otherwise look up in every
/// segment. A repeated id waits until its earlier copy is written, so the last copy wins, as in a single-threaded run.
/// </summary>
internal sealed class IndexingWorkers : IDisposable
{
    /// <summary>About a second of work for a writer thread on typical news articles.</summary>
    private const int QueuedTextKbPerThread = 8 * 1024;

    private readonly IndexWriter writer;
    private readonly BlockingCollection<Queued> queue = new();
    private readonly SemaphoreSlim room;
    private readonly int roomKb;
    private readonly UnwrittenIds unwritten = new();
    private readonly Thread[] threads;
    private readonly CancellationTokenSource stop;
    private ExceptionDispatchInfo? failure;
    private int written;

    private readonly record struct Queued(Article Article, bool Replaces, int TextKb);

    public IndexingWorkers(IndexWriter writer, int threadCount, CancellationToken cancellation)
    {
        this.writer = writer;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        threadCount = Math.Max(1, threadCount);
        roomKb = threadCount * QueuedTextKbPerThread;
        room = new SemaphoreSlim(roomKb, roomKb);
        threads = Enumerable.Range(0, threadCount)
            .Select(i => new Thread(Write) { Name = $"index writer {i + 1}", IsBackground = true }).ToArray();
        foreach (var thread in threads) thread.Start();
    }

    /// <summary>Articles written so far (by all threads).</summary>
    public int Written => Volatile.Read(ref written);

    /// <summary>
    /// Waits while the queue is full (or, for a repeated id, until its earlier copy is written); throws a writer
    /// thread's failure as soon as one is seen. <paramref name="replaces"/>: the id may already be in the index
    /// (committed, or earlier in this run).
    /// </summary>
    public void Add(Article article, bool replaces)
    {
        failure?.Throw();
        var queued = new Queued(article, replaces, TextKb(article));
        try
        {
            unwritten.AddWhenWritten(article.Id, stop.Token);
            for (var kb = 0; kb < queued.TextKb; kb++) room.Wait(stop.Token);
            queue.Add(queued, stop.Token);
        }
        catch (OperationCanceledException)
        {
            failure?.Throw();
            throw;
        }
    }

    /// <summary>
    /// Waits until every queued article is written, calling <paramref name="waiting"/> every <paramref name="every"/>
    /// meanwhile (the writers may be many seconds behind the reader); throws the first failure of any thread.
    /// </summary>
    public void Finish(TimeSpan every, Action waiting)
    {
        queue.CompleteAdding();
        foreach (var thread in threads)
            while (!thread.Join(every)) waiting();
        failure?.Throw();
        stop.Token.ThrowIfCancellationRequested();
    }

    /// <summary>Kilobytes of UTF-16 text, at least 1; an article larger than the whole queue takes all of it.</summary>
    private int TextKb(Article article) =>
        (int)Math.Min(roomKb, 1 + ((long)(article.Title?.Length ?? 0) + (article.Body?.Length ?? 0)) / 512);

    private void Write()
    {
        try
        {
            var analysis = new ArticleAnalysis();
            foreach (var (article, replaces, textKb) in queue.GetConsumingEnumerable(stop.Token))
            {
                var doc = IndexSchema.ToDocument(article, analysis);
                if (replaces) writer.UpdateDocument(new Term(IndexSchema.Id, article.Id), doc);
                else writer.AddDocument(doc);
                unwritten.Remove(article.Id);
                room.Release(textKb);
                Interlocked.Increment(ref written);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            stop.Cancel();
        }
    }

    /// <summary>Stops every thread (dropping queued articles) and waits for them: safe to roll back afterwards.</summary>
    public void Dispose()
    {
        stop.Cancel();
        queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        queue.Dispose();
        room.Dispose();
        stop.Dispose();
    }
}
