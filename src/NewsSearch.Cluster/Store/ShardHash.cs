using System.Text;

namespace NewsSearch.Cluster.Store;

/// <summary>
/// Which shard owns an article: FNV-1a (64 bit) of the id's UTF-8 bytes, modulo the shard count. A published,
/// fixed function of the bytes alone, so every machine, process and version puts an id on the same shard
/// (unlike <see cref="string.GetHashCode()"/>, which is randomised per process).
/// </summary>
public static class ShardHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Fnv1a64(string id)
    {
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash ^= b;
            hash *= Prime;
        }
        return hash;
    }

    public static int ShardOf(string id, int shards) => (int)(Fnv1a64(id) % (ulong)shards);
}
