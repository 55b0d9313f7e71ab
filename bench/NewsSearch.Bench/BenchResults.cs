namespace NewsSearch.Bench;

public sealed record Machine(int Cores, long MemoryBytes, string Os, string Runtime, string LoadAtStart, DateTimeOffset StartedUtc);

/// <summary>One indexing run: <see cref="Name"/> says which analysis and how many writer threads.</summary>
public sealed record IndexingMeasure(
    string Name, int Copies, long Articles, long Skipped, long TextBytes, PhaseCost Cost, double CommitSeconds, long IndexBytes)
{
    public double ArticlesPerSecond => Articles / Cost.WallSeconds;
    public double MegabytesPerSecond => TextBytes / 1e6 / Cost.WallSeconds;
    public double MillisPerArticle => Cost.WallSeconds * 1000 / Articles;
    /// <summary>CPU time of the whole process per article: steadier than wall time on a shared machine.</summary>
    public double CpuMillisPerArticle => Cost.CpuSeconds * 1000 / Articles;
}

/// <summary>One round of the speed comparison: stock on one thread, then NewsSearch on every core.</summary>
public sealed record SpeedRound(double StockArticlesPerSecond, double NewsSearchArticlesPerSecond)
{
    public double Ratio => NewsSearchArticlesPerSecond / StockArticlesPerSecond;
}

public sealed record ScaleMeasure(int Copies, IndexingMeasure Indexing, SearchMeasure Search);

public sealed record TargetCheck(string Target, string Goal, string Measured, bool Met, string Margin);

public sealed record BenchResults(
    Machine Machine, string Command, IReadOnlyList<string> Corpus, int QueryCount, int Seed,
    IndexingMeasure ReadOnly, IndexingMeasure Stock, IndexingMeasure NewsSearchOneThread, IReadOnlyList<ScaleMeasure> Scales,
    IReadOnlyList<SpeedRound> SpeedRounds, IReadOnlyList<PhaseShare> SearchProfileAtLargest, IReadOnlyList<TargetCheck> Targets);
