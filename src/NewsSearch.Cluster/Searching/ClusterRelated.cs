using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Search;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// <c>related</c> over every shard: (1) the shard holding the article (<see cref="ShardHash"/>) names the terms
/// Lucene's MoreLikeThis weighs for it; (2) every shard gives their statistics, summed; (3) the holding shard builds the
/// like-query with the sums; (4) every shard scores its articles with the sums and returns as many candidates as one
/// index reads; the coordinator merges them by score (as <see cref="TopDocs.Merge(int, TopDocs[])"/> does) and
/// re-weighs them with Core's rule. The article's own shard must answer; any other may be missing.
/// </summary>
internal sealed class ClusterRelated(ShardCalls calls)
{
    public async Task<ClusterRelatedResults?> FindAsync(RelatedRequest request)
    {
        var clock = Stopwatch.StartNew();
        var owner = ShardHash.ShardOf(request.Id, calls.Count);
        var missing = new HashSet<int>();
        var terms = (await calls.AskAll(missing, [owner], shard => shard.RelatedTerms(request.Id), s => s.Ready)).GetValueOrDefault(owner)
            ?? throw ClusterException.OwnerMissing(request.Id, owner);
        if (terms.Refused is not null) return null;
        // The holding shard gave its statistics of the terms with them; the others are asked for theirs.
        var statistics = await calls.AskAll(missing, calls.All.Where(s => s != owner),
            shard => shard.TermStatistics(terms.Terms), s => s.Ready);
        statistics[owner] = terms;
        var global = GlobalStatistics.Sum(statistics.Values);
        var like = await calls.Shard(owner).RelatedLike(request.Id, global).WaitAsync(calls.Timeout);
        if (!like.Found) throw ClusterException.OwnerMissing(request.Id, owner);
        var json = JsonSerializer.Serialize(request);
        var found = await calls.AskAll(missing, statistics.Keys, shard => shard.RelatedSearch(json, like.Terms, global), a => a.Ready);
        // Best score first; equal scores by shard, then by document number there: TopDocs.Merge's order.
        var candidates = found.OrderBy(f => f.Key)
            .SelectMany(f => JsonSerializer.Deserialize<List<RelatedCandidate>>(f.Value.Json)!.Select(c => (c, Shard: f.Key)))
            .OrderByDescending(x => x.c.Score).ThenBy(x => x.Shard).ThenBy(x => x.c.Doc)
            .Take(RelatedArticles.Candidates(request))
            .Select((x, i) => (x.c.Article, x.c.Score, (long)i));
        var article = JsonSerializer.Deserialize<Article>(like.ArticleJson)!;
        var results = new RelatedResults(article, RelatedArticles.Rank(article, candidates, request.Count), clock.Elapsed);
        return new ClusterRelatedResults(results, calls.Answered(missing));
    }
}
