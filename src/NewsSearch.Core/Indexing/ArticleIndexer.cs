using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Writes articles into a <see cref="NewsIndex"/> with one commit at the end of a run:
/// a run that fails or is killed midway leaves the previous commit untouched.
/// Input is read and counted on the calling thread; documents are analysed and written by
/// <see cref="IndexRunOptions.WriterThreads"/> threads (see <see cref="IndexingWorkers"/>).
/// </summary>
public static class ArticleIndexer
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(500);

    public static IndexReport Run(NewsIndex index, IEnumerable<ReadOutcome> input, IndexRunOptions options)
    {
        if (!options.Rebuild) index.EnsureCompatible();
        using var previous = options.Rebuild || !index.HasCommit ? null : index.OpenReader();
        using var writer = new IndexWriter(index.Directory, WriterConfig(options));
        var run = new RunState(previous, Stopwatch.StartNew());
        var committing = TimeSpan.Zero;
        try
        {
            using (var workers = new IndexingWorkers(writer, options.WriterThreads, options.Cancellation))
            {
                foreach (var outcome in input)
                {
                    options.Cancellation.ThrowIfCancellationRequested();
                    Add(workers, outcome, run, options);
                }
                FlushWhileQueuesDrain(writer, options);
                workers.Finish(ProgressEvery, () => Report(workers, run, options));
            }
            var commitStart = run.Clock.Elapsed;
            writer.SetCommitData(CommitData(options));
            writer.Commit();
            committing = run.Clock.Elapsed - commitStart;
        }
        catch
        {
            writer.Rollback();
            throw;
        }
        return new IndexReport(run.Indexed, run.Updated, run.Skipped, run.Clock.Elapsed)
        {
            Repaired = run.Repaired,
            UnparsedDates = run.UnparsedDates,
            FirstUnparsedDate = run.FirstUnparsedDate,
            Committing = committing,
        };
    }

    private static void Add(IndexingWorkers workers, ReadOutcome outcome, RunState run, IndexRunOptions options)
    {
        if (outcome.Article is not { } article)
        {
            run.Skipped++;
            options.OnSkipped?.Invoke(outcome.Skipped!);
            return;
        }
        if (outcome.Repaired is { } repaired)
        {
            run.Repaired++;
            options.OnRepaired?.Invoke(repaired);
        }
        var known = run.IsKnown(article.Id);
        workers.Add(article, replaces: known);
        if (known) run.Updated++; else run.Indexed++;
        if (article.Published is null && !string.IsNullOrWhiteSpace(article.PublishedText))
        {
            run.UnparsedDates++;
            run.FirstUnparsedDate ??= article.PublishedText;
        }
        if (run.Clock.Elapsed - run.LastProgress >= ProgressEvery) Report(workers, run, options);
    }

    private static void Report(IndexingWorkers workers, RunState run, IndexRunOptions options)
    {
        run.LastProgress = run.Clock.Elapsed;
        options.Progress?.Report(new IndexProgress(workers.Written, run.Indexed + run.Updated, run.Clock.Elapsed));
    }

    /// <summary>
    /// Once the input is read, half the RAM buffer makes each writer thread flush its in-memory segment with its
    /// next document, both at once, while their queues drain; otherwise the commit flushes them one after the other
    /// on a single thread. An eighth made that last commit 0.15 s instead of 0.3 s, but spent more CPU on small
    /// flushes and left 15 segments at 1× instead of 7, and every segment costs every search (docs/performance.md).
    /// </summary>
    private static void FlushWhileQueuesDrain(IndexWriter writer, IndexRunOptions options) =>
        writer.Config.RAMBufferSizeMB = options.RamBufferMB / 2;

    private static IndexWriterConfig WriterConfig(IndexRunOptions options) =>
        new(NewsAnalyzer.Lucene, IndexSchema.Analyzer)
        {
            OpenMode = options.Rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = options.RamBufferMB,
        };

    private static Dictionary<string, string> CommitData(IndexRunOptions options)
    {
        var data = new Dictionary<string, string>(options.ExtraCommitData) { [NewsIndex.AnalysisVersionKey] = NewsAnalyzer.Version };
        if (options.FromSeeds) data[NewsIndex.BuiltFromKey] = NewsIndex.BuiltFromSeeds;
        return data;
    }

    private sealed class RunState(DirectoryReader? previous, Stopwatch clock)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        public Stopwatch Clock { get; } = clock;
        public TimeSpan LastProgress { get; set; }
        public int Indexed { get; set; }
        public int Updated { get; set; }
        public int Skipped { get; set; }
        public int Repaired { get; set; }
        public int UnparsedDates { get; set; }
        public string? FirstUnparsedDate { get; set; }

        /// <summary>True when the id was in the last commit or earlier in this run.</summary>
        public bool IsKnown(string id) =>
            !seen.Add(id) || (previous is not null && previous.DocFreq(new Term(IndexSchema.Id, id)) > 0);
    }
}
