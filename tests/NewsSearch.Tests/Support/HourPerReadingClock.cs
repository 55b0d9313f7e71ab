namespace NewsSearch.Tests.Support;

/// <summary>A clock on which every reading is an hour after the last: any search or mention search runs out of time at once.</summary>
public sealed class HourPerReadingClock : Lucene.Net.Util.Counter
{
    private long now;
    public override long AddAndGet(long delta) => now += delta;
    public override long Value => now += 3_600_000;
}
