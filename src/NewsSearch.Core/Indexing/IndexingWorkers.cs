using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Feeds articles to one <see cref="IndexWriter"/> from several threads, so analysis (each thread has its
/// <see cref="ArticleAnalysis"/>) and the writer's in-memory indexing use every core.
/// An id always goes to the same thread: repeated ids are written in input order and the last copy wins,
/// exactly as in a single-threaded run. An article whose id is new is added without a delete-by-id, which
/// the writer would otherwise look up in every segment. Each thread's queue holds at most
/// <see cref="QueuedTextKb"/> of text, so a fast reader waits for the writers, and a thread that stops to
/// flush a segment does not hold up the others: their queues are deep enough to keep them busy meanwhile.
/// </summary>
internal sealed class IndexingWorkers : IDisposable
{
    /// <summary>About a second of work for a writer thread on typical news articles.</summary>
    private const int QueuedTextKb = 8 * 1024;

    private readonly IndexWriter writer;
    private readonly Lane[] lanes;
    private readonly Thread[] threads;
    private readonly CancellationTokenSource stop;
    private ExceptionDispatchInfo? failure;
    private int written;

    private readonly record struct Queued(Article Article, bool Replaces)
    {
        /// <summary>Kilobytes of UTF-16 text, at least 1; an article larger than a whole queue takes all of it.</summary>
        public int TextKb => (int)Math.Min(QueuedTextKb, 1 + ((long)(Article.Title?.Length ?? 0) + (Article.Body?.Length ?? 0)) / 512);
    }

    /// <summary>One writer thread's queue and the room left in it, in kilobytes of text.</summary>
    private sealed class Lane : IDisposable
    {
        public BlockingCollection<Queued> Queue { get; } = new();
        public SemaphoreSlim Room { get; } = new(QueuedTextKb, QueuedTextKb);

        public void Dispose()
        {
            Queue.Dispose();
            Room.Dispose();
        }
    }

    public IndexingWorkers(IndexWriter writer, int threadCount, CancellationToken cancellation)
    {
        this.writer = writer;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        lanes = Enumerable.Range(0, Math.Max(1, threadCount)).Select(_ => new Lane()).ToArray();
        threads = lanes.Select((lane, i) => new Thread(() => Write(lane)) { Name = $"index writer {i + 1}", IsBackground = true }).ToArray();
        foreach (var thread in threads) thread.Start();
    }

    /// <summary>Articles written so far (by all threads).</summary>
    public int Written => Volatile.Read(ref written);

    /// <summary>
    /// Waits while the article's queue is full; throws a writer thread's failure as soon as one is seen.
    /// <paramref name="replaces"/>: the id may already be in the index (committed, or earlier in this run).
    /// </summary>
    public void Add(Article article, bool replaces)
    {
        failure?.Throw();
        var lane = lanes[(uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)lanes.Length];
        var queued = new Queued(article, replaces);
        try
        {
            for (var kb = 0; kb < queued.TextKb; kb++) lane.Room.Wait(stop.Token);
            lane.Queue.Add(queued, stop.Token);
        }
        catch (OperationCanceledException)
        {
            failure?.Throw();
            throw;
        }
    }

    /// <summary>Waits until every queued article is written; throws the first failure of any thread.</summary>
    public void Finish()
    {
        foreach (var lane in lanes) lane.Queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
        stop.Token.ThrowIfCancellationRequested();
    }

    private void Write(Lane lane)
    {
        try
        {
            var analysis = new ArticleAnalysis();
            foreach (var queued in lane.Queue.GetConsumingEnumerable(stop.Token))
            {
                var (article, replaces) = queued;
                var doc = IndexSchema.ToDocument(article, analysis);
                if (replaces) writer.UpdateDocument(new Term(IndexSchema.Id, article.Id), doc);
                else writer.AddDocument(doc);
                lane.Room.Release(queued.TextKb);
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
        foreach (var lane in lanes) lane.Queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        foreach (var lane in lanes) lane.Dispose();
        stop.Dispose();
    }
}
