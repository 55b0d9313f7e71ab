using System.Diagnostics;

namespace NewsSearch.Bench;

/// <summary>What one measured phase cost: wall time, CPU time of the whole process, peak resident memory.</summary>
public sealed record PhaseCost(
    double WallSeconds, double CpuSeconds, long PeakRssBytes, long PeakRssAnonBytes, long PeakRssFileBytes,
    double GcPauseSeconds, IReadOnlyDictionary<string, double> CpuSecondsByThread)
{
    /// <summary>CPU time over wall time, as a share of all cores (1.0 = every core busy all the time).</summary>
    public double CoreUse => WallSeconds > 0 ? CpuSeconds / WallSeconds / Environment.ProcessorCount : 0;
}

/// <summary>
/// Measures a phase: starts a clock and a thread that samples resident memory every 20 ms.
/// On Linux it reads /proc/self/status, splitting anonymous memory (heaps) from file pages
/// (the memory-mapped index files, which the kernel can drop at any time), and CPU time per kind of thread.
/// </summary>
public sealed class PhaseMeter : IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TimeSpan cpuAtStart;
    private readonly TimeSpan gcPauseAtStart = GC.GetTotalPauseDuration();
    private readonly ThreadCpu threadCpu = new();
    private readonly Thread sampler;
    private volatile bool stopped;
    private long peak, peakAnon, peakFile;

    private PhaseMeter()
    {
        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        sampler.Start();
    }

    /// <summary>Collects garbage first (returning freed memory to the OS) so phases do not inherit each other's heap.</summary>
    public static PhaseMeter Start()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new PhaseMeter();
    }

    public PhaseCost Stop()
    {
        stopped = true;
        sampler.Join();
        SampleOnce();
        threadCpu.Sample();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        return new PhaseCost(clock.Elapsed.TotalSeconds, cpu.TotalSeconds, peak, peakAnon, peakFile,
            (GC.GetTotalPauseDuration() - gcPauseAtStart).TotalSeconds, threadCpu.ByKind());
    }

    public void Dispose()
    {
        stopped = true;
        if (sampler.IsAlive) sampler.Join();
    }

    private void Sample()
    {
        for (var n = 0; !stopped; n++)
        {
            SampleOnce();
            if (n % 5 == 0) threadCpu.Sample();
            Thread.Sleep(20);
        }
    }

    private void SampleOnce()
    {
        var (total, anon, file) = Resident();
        peak = Math.Max(peak, total);
        peakAnon = Math.Max(peakAnon, anon);
        peakFile = Math.Max(peakFile, file);
    }

    private static (long Total, long Anon, long File) Resident()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            using var self = Process.GetCurrentProcess();
            return (self.WorkingSet64, self.WorkingSet64, 0);
        }
        long total = 0, anon = 0, file = 0;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmRSS:")) total = Kilobytes(line);
            else if (line.StartsWith("RssAnon:")) anon = Kilobytes(line);
            else if (line.StartsWith("RssFile:")) file = Kilobytes(line);
        }
        return (total, anon, file);
    }

    private static long Kilobytes(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}
