using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Feeds articles to one <see cref="IndexWriter"/> from several threads, so analysis (which runs inside
/// <see cref="IndexWriter.UpdateDocument(Term, IEnumerable{IIndexableField})"/>) uses every core.
/// An id always goes to the same thread: repeated ids are written in input order and the last copy wins,
/// exactly as in a single-threaded run. An article whose id is new is added without a delete-by-id, which
/// the writer would otherwise look up in every segment. Each thread's queue is bounded, so a fast reader
/// waits for the writers.
/// </summary>
internal sealed class IndexingWorkers : IDisposable
{
    private const int QueuePerThread = 1024;

    private readonly IndexWriter writer;
    private readonly BlockingCollection<Queued>[] queues;
    private readonly Thread[] threads;
    private readonly CancellationTokenSource stop;
    private ExceptionDispatchInfo? failure;
    private int written;

    private readonly record struct Queued(Article Article, bool Replaces);

    public IndexingWorkers(IndexWriter writer, int threadCount, CancellationToken cancellation)
    {
        this.writer = writer;
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        queues = Enumerable.Range(0, Math.Max(1, threadCount)).Select(_ => new BlockingCollection<Queued>(QueuePerThread)).ToArray();
        threads = queues.Select((queue, i) => new Thread(() => Write(queue)) { Name = $"index writer {i + 1}", IsBackground = true }).ToArray();
        foreach (var thread in threads) thread.Start();
    }

    /// <summary>Articles written so far (by all threads).</summary>
    public int Written => Volatile.Read(ref written);

    /// <summary>
    /// Waits while the article's thread is busy; throws a writer thread's failure as soon as one is seen.
    /// <paramref name="replaces"/>: the id may already be in the index (committed, or earlier in this run).
    /// </summary>
    public void Add(Article article, bool replaces)
    {
        failure?.Throw();
        var queue = queues[(uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)queues.Length];
        try
        {
            queue.Add(new Queued(article, replaces), stop.Token);
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
        foreach (var queue in queues) queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        failure?.Throw();
        stop.Token.ThrowIfCancellationRequested();
    }

    private void Write(BlockingCollection<Queued> queue)
    {
        try
        {
            var analysis = new ArticleAnalysis();
            foreach (var (article, replaces) in queue.GetConsumingEnumerable(stop.Token))
            {
                var doc = IndexSchema.ToDocument(article, analysis);
                if (replaces) writer.UpdateDocument(new Term(IndexSchema.Id, article.Id), doc);
                else writer.AddDocument(doc);
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
        foreach (var queue in queues) queue.CompleteAdding();
        foreach (var thread in threads) thread.Join();
        foreach (var queue in queues) queue.Dispose();
        stop.Dispose();
    }
}
