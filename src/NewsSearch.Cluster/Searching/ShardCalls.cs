using System.Text.Json;
using NewsSearch.Cluster.Shards;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// Calls to a cluster's shards for one coordinator: every shard at once, each within <see cref="Timeout"/>; a shard
/// that fails, times out or is not ready is counted missing, never silently dropped.
/// </summary>
internal sealed class ShardCalls(IGrainFactory grains, int shards, TimeSpan timeout)
{
    public int Count => shards;
    public TimeSpan Timeout => timeout;
    public IEnumerable<int> All => Enumerable.Range(0, shards);

    public IShardGrain Shard(int shard) => grains.GetGrain<IShardGrain>(shard);

    /// <summary>Asks the shards at once; one that fails, times out or is not ready is added to <paramref name="missing"/>.</summary>
    public async Task<Dictionary<int, T>> AskAll<T>(HashSet<int> missing, IEnumerable<int> which,
        Func<IShardGrain, Task<T>> ask, Func<T, bool> ready)
    {
        var asked = which.Where(s => !missing.Contains(s)).Select(async shard =>
        {
            try
            {
                var answer = await ask(Shard(shard)).WaitAsync(timeout);
                return (shard, answer, ok: ready(answer));
            }
            catch (Exception e) when (e is not QuerySyntaxException)
            {
                return (shard, answer: default(T), ok: false);
            }
        }).ToList();
        var answers = new Dictionary<int, T>();
        foreach (var (shard, answer, ok) in await Task.WhenAll(asked))
            if (ok) answers[shard] = answer!;
            else missing.Add(shard);
        return answers;
    }

    /// <summary>Every shard's JSON answer, read as <typeparamref name="T"/>; one that does not answer is added to <paramref name="missing"/>.</summary>
    public async Task<List<T>> AllParts<T>(HashSet<int> missing, Func<IShardGrain, Task<ShardAnswer>> ask) =>
        [.. (await AskAll(missing, All, ask, a => a.Ready)).Values.Select(a => JsonSerializer.Deserialize<T>(a.Json)!)];

    /// <summary>Which shards answered of all.</summary>
    public ShardsAnswered Answered(HashSet<int> missing) => new(shards, shards - missing.Count, [.. missing.Order()]);
}
