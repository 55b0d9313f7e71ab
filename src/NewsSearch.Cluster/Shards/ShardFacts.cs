using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// What a shard holds, for the API's facts: its articles counted per outlet and day, its outlets, one of its articles
/// (with where a query matched and whom it names), and how often it mentions each listed person. The people's counts
/// are made in the background once per commit, as one index makes them.
/// </summary>
internal sealed class ShardFacts(NewsIndex index, NewsSearcher searcher)
{
    public ArticleCounts Summary() => searcher.Summary();

    public IReadOnlyList<SourceInfo> Sources() => searcher.Sources();

    /// <summary>The article, the marks of <paramref name="query"/> in it (none when it does not parse), and whom it names; null when
    /// absent.</summary>
    public async Task<ShardArticle?> ArticleAsync(string id, string? query)
    {
        index.Searcher.Refresh();
        return await FoundArticle.FindAsync(searcher, searcher.Mentions, id, query) is { } found
            ? new ShardArticle(found.Article, found.Marks, [.. found.People.Select(p => new PersonMentions(p.Person.Id, p.Mentions))])
            : null;
    }

    /// <summary>Each listed person's mentions on this shard, by id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> MentionCountsAsync() => (await searcher.Mentions.LatestListedMentionsAsync()).Counts;
}
