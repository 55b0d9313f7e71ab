using NewsSearch.Cluster.Store;

namespace NewsSearch.Cluster.Tests.Store;

public class ShardHashTests
{
    /// <summary>The published FNV-1a 64 test vectors: the hash is the standard one, not this runtime's.</summary>
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Hash_is_fnv1a_64_of_the_utf8_bytes(string id, ulong expected) => Assert.Equal(expected, ShardHash.Fnv1a64(id));

    /// <summary>Pinned placements: a change here moves stored articles to other shards, so it must never happen silently.</summary>
    [Theory]
    [InlineData("sns-1", 8, 3)]
    [InlineData("sns-31030", 8, 3)]
    [InlineData("okaz-2015-00017", 8, 6)]
    [InlineData("عكاظ-١", 8, 4)]
    [InlineData("sns-1", 3, 2)]
    public void Placement_is_fixed_for_every_machine_and_version(string id, int shards, int expected) =>
        Assert.Equal(expected, ShardHash.ShardOf(id, shards));

    [Fact]
    public void Articles_spread_over_every_shard()
    {
        var perShard = Enumerable.Range(0, 8000).GroupBy(i => ShardHash.ShardOf($"article-{i}", 8)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(8, perShard.Count);
        Assert.All(perShard.Values, count => Assert.InRange(count, 850, 1150));
    }
}
