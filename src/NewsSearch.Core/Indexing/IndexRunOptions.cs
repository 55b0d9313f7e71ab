using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Indexing;

public sealed record IndexRunOptions
{
    /// <summary>Replace the whole index (atomically, at commit) instead of adding to it.</summary>
    public bool Rebuild { get; init; }
    internal bool FromSeeds { get; init; }
    public Action<SkippedInput>? OnSkipped { get; init; }
    /// <summary>Called for each article indexed with repaired text (<see cref="ReadOutcome.Repaired"/>).</summary>
    public Action<SkippedInput>? OnRepaired { get; init; }
    public IProgress<IndexProgress>? Progress { get; init; }
    public CancellationToken Cancellation { get; init; }
    /// <summary>Threads that analyse and write documents; input is read on the calling thread.</summary>
    public int WriterThreads { get; init; } = Environment.ProcessorCount;
    /// <summary>
    /// Memory the writer buffers before it flushes a segment, shared by all writer threads; 128 MB indexed no
    /// faster than 64 (docs/performance.md).
    /// </summary>
    public double RamBufferMB { get; init; } = 64;
    /// <summary>More entries for the commit's user data (a cluster shard records how far it has read its store).</summary>
    public IReadOnlyDictionary<string, string> ExtraCommitData { get; init; } = new Dictionary<string, string>();
}
