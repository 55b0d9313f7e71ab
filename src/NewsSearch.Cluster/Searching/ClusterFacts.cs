using System.Text.Json;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// What the cluster holds, added up over its shards as one index would count it: articles per outlet and day, the
/// outlets, each listed person's mentions; and one article, read from the shard that holds it.
/// </summary>
internal sealed class ClusterFacts(ShardCalls calls)
{
    public async Task<ClusterAnswer<ArticleCounts>> SummaryAsync()
    {
        var (parts, shards) = await AllAsync<ArticleCounts>(shard => shard.Summary());
        return new(CountsSum.Of(parts), shards);
    }

    public async Task<ClusterAnswer<IReadOnlyList<SourceInfo>>> SourcesAsync()
    {
        var (parts, shards) = await AllAsync<List<SourceInfo>>(shard => shard.Sources());
        return new(SourcesSum(parts), shards);
    }

    /// <summary>The shards' outlets added up, in the order <see cref="SourceList"/> gives one index's.</summary>
    public static IReadOnlyList<SourceInfo> SourcesSum(IEnumerable<IEnumerable<SourceInfo>> parts) =>
        SourceList.BiggestFirst(parts.SelectMany(p => p).GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => new SourceInfo(g.Key, g.Sum(s => s.Articles), g.Min(s => s.First), g.Max(s => s.Last))));

    public async Task<ClusterAnswer<IReadOnlyDictionary<string, int>>> MentionCountsAsync()
    {
        var (parts, shards) = await AllAsync<Dictionary<string, int>>(shard => shard.MentionCounts());
        var counts = PeopleList.Shipped.People.ToDictionary(p => p.Id, p => parts.Sum(c => c.GetValueOrDefault(p.Id)));
        return new(counts, shards);
    }

    /// <exception cref="ClusterException">The shard that holds the article does not answer.</exception>
    public async Task<ClusterAnswer<FoundArticle?>> ArticleAsync(string id, string? query)
    {
        var owner = ShardHash.ShardOf(id, calls.Count);
        var missing = new HashSet<int>();
        var answers = await calls.AskAll(missing, [owner], shard => shard.Article(id, query), a => a.Ready);
        if (!answers.TryGetValue(owner, out var answer)) throw ClusterException.OwnerMissing(id, owner);
        var shards = calls.Answered(missing);
        if (JsonSerializer.Deserialize<ShardArticle?>(answer.Json) is not { } found) return new(null, shards);
        var people = found.People.Select(p => new PersonCount(PeopleList.Shipped.People.First(q => q.Id == p.Person), p.Mentions)).ToList();
        return new(new FoundArticle(found.Article, found.Marks, people), shards);
    }

    private async Task<(List<T> Parts, ShardsAnswered Shards)> AllAsync<T>(Func<IShardGrain, Task<ShardAnswer>> ask)
    {
        var missing = new HashSet<int>();
        var parts = await calls.AllParts<T>(missing, ask);
        return (parts, calls.Answered(missing));
    }
}
