namespace NewsSearch.Core.Indexing;

/// <summary>
/// The ids queued for writing and not yet written. Writer threads take articles in input order but may finish
/// them out of order; an id enters only once its earlier copy has left, so two copies are never in flight at once.
/// </summary>
internal sealed class UnwrittenIds
{
    private static readonly TimeSpan CheckCancellationEvery = TimeSpan.FromMilliseconds(100);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>Adds the id, first waiting while an earlier copy of it is unwritten.</summary>
    public void AddWhenWritten(string id, CancellationToken cancellation)
    {
        lock (ids)
        {
            while (!ids.Add(id))
            {
                cancellation.ThrowIfCancellationRequested();
                Monitor.Wait(ids, CheckCancellationEvery);
            }
        }
    }

    public void Remove(string id)
    {
        lock (ids)
        {
            ids.Remove(id);
            Monitor.PulseAll(ids);
        }
    }
}
