namespace NewsSearch.Core.Searching;

/// <summary>
/// Milliseconds of wall time, as the <see cref="Lucene.Net.Util.Counter"/> that time limits read. Lucene's
/// <c>TimeLimitingCollector.GlobalCounter</c> is advanced by a thread that adds its 20 ms per wake-up, so on a
/// loaded machine it runs slow: at load average 44 on 2 cores a 5 s limit let mention searches run 47 s of wall
/// time (bench <c>--hostile</c>, docs/reliability.md). This one reads the system's monotonic clock.
/// </summary>
internal sealed class WallClock : Lucene.Net.Util.Counter
{
    public static readonly WallClock Instance = new();

    public override long AddAndGet(long delta) => throw new NotSupportedException("the wall clock is read, not advanced");

    public override long Value => Environment.TickCount64;
}
