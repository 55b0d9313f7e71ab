namespace NewsSearch.Cluster.Store;

/// <summary>What one write to the store did: articles new to it, articles whose content changed, and the rest.</summary>
public sealed record StoreReport(int Added, int Changed, int Unchanged)
{
    public int Written => Added + Changed;
    public StoreReport Plus(StoreReport other) => new(Added + other.Added, Changed + other.Changed, Unchanged + other.Unchanged);
    public override string ToString() => $"stored {Added} new, {Changed} changed, {Unchanged} unchanged";
}
