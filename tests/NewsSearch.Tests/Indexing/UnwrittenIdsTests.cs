using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.Indexing;

public sealed class UnwrittenIdsTests
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task A_new_id_enters_at_once()
    {
        var ids = new UnwrittenIds();
        ids.AddWhenWritten("a", CancellationToken.None);
        var other = Task.Run(() => ids.AddWhenWritten("b", CancellationToken.None));
        await other.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_repeated_id_waits_until_its_earlier_copy_is_written()
    {
        var ids = new UnwrittenIds();
        ids.AddWhenWritten("a", CancellationToken.None);
        var again = Task.Run(() => ids.AddWhenWritten("a", CancellationToken.None));

        await Task.WhenAny(again, Task.Delay(Moment));
        Assert.False(again.IsCompleted);
        ids.Remove("a");
        await again.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Waiting_ends_when_the_run_is_cancelled()
    {
        var ids = new UnwrittenIds();
        using var cancel = new CancellationTokenSource();
        ids.AddWhenWritten("a", cancel.Token);
        var again = Task.Run(() => ids.AddWhenWritten("a", cancel.Token));

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => again.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
