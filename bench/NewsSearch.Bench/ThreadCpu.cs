namespace NewsSearch.Bench;

/// <summary>
/// CPU time per kind of thread, read from /proc/self/task/*/stat (Linux only; empty elsewhere):
/// a sampling profile that shows whether indexing time goes to reading, analysis, merging or the GC.
/// Threads are recognised by the names .NET gives the kernel (15 characters at most).
/// </summary>
public sealed class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux .NET supports
    private readonly Dictionary<int, (string Name, double Seconds)> atStart;
    private readonly Dictionary<int, (string Name, double Seconds)> latest = [];
    private readonly int mainThread = Environment.ProcessId;

    public ThreadCpu() => atStart = Read();

    /// <summary>Call now and then: threads that end between two samples lose at most that interval.</summary>
    public void Sample()
    {
        foreach (var (tid, value) in Read()) latest[tid] = value;
    }

    public IReadOnlyDictionary<string, double> ByKind() =>
        latest.GroupBy(t => Kind(t.Key, t.Value.Name))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Value.Seconds - (atStart.TryGetValue(t.Key, out var s) ? s.Seconds : 0)));

    private string Kind(int tid, string name) => name switch
    {
        _ when tid == mainThread => "main thread: reading, parsing (stock: all indexing)",
        _ when name.StartsWith("index writer") => "analysis and in-memory indexing (writer threads)",
        _ when name.StartsWith("Lucene Merge") => "segment merges",
        _ when name.StartsWith(".NET BGC") || name.StartsWith(".NET Server GC") => "background GC",
        _ when name.StartsWith(".NET Tiered") => "JIT",
        _ => "other",
    };

    private static Dictionary<int, (string, double)> Read()
    {
        var threads = new Dictionary<int, (string, double)>();
        if (!Directory.Exists("/proc/self/task")) return threads;
        foreach (var dir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var name = stat[(stat.IndexOf('(') + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                threads[int.Parse(Path.GetFileName(dir))] = (name, (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond);
            }
            catch (IOException) { } // the thread ended while we looked
        }
        return threads;
    }
}
