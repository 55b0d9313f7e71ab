namespace NewsSearch.Bench;

public sealed record BenchOptions(IReadOnlyList<string> Corpus)
{
    public IReadOnlyList<int> Scales { get; init; } = [1, 2, 4];
    public int Queries { get; init; } = 1200;
    public int Seed { get; init; } = 20261123;
    /// <summary>Articles kept (reservoir-sampled) to draw queries from.</summary>
    public int SampleArticles { get; init; } = 2000;
    /// <summary>Where the benchmark's indexes are written; each is deleted after use.</summary>
    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "newssearch-bench");
    public double RamBufferMB { get; init; } = new NewsSearch.Core.Indexing.IndexRunOptions().RamBufferMB;
    public int WriterThreads { get; init; } = Environment.ProcessorCount;
    /// <summary>
    /// Times stock and NewsSearch are indexed at 1× for the speed target, which takes their median ratio:
    /// on a shared virtual machine one pair of runs can be off by a quarter.
    /// </summary>
    public int SpeedRounds { get; init; } = 3;

    /// <summary>1× only and a small query mix: a smoke run.</summary>
    public static BenchOptions Quick(IReadOnlyList<string> corpus) => new(corpus) { Scales = [1], Queries = 240 };
}
