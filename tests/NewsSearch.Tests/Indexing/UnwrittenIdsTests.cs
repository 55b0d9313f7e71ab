using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.Indexing;

public sealed class UnwrittenIdsTests
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void A_new_id_enters_at_once()
    {
        var ids = new UnwrittenIds();
        ids.AddWhenWritten("a", CancellationToken.None);
        var other = Task.Run(() => ids.AddWhenWritten("b", CancellationToken.None));
        Assert.True(other.Wait(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_repeated_id_waits_until_its_earlier_copy_is_written()
    {
        var ids = new UnwrittenIds();
        ids.AddWhenWritten("a", CancellationToken.None);
        var again = Task.Run(() => ids.AddWhenWritten("a", CancellationToken.None));

        Assert.False(again.Wait(Moment));
        ids.Remove("a");
        Assert.True(again.Wait(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Waiting_ends_when_the_run_is_cancelled()
    {
        var ids = new UnwrittenIds();
        using var cancel = new CancellationTokenSource();
        ids.AddWhenWritten("a", cancel.Token);
        var again = Task.Run(() => ids.AddWhenWritten("a", cancel.Token));

        cancel.Cancel();

        var thrown = Assert.Throws<AggregateException>(() => again.Wait(TimeSpan.FromSeconds(10)));
        Assert.IsAssignableFrom<OperationCanceledException>(thrown.InnerException);
    }
}
