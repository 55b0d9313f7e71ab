using NewsSearch.Api.Contracts;
using NewsSearch.Cluster.Hosting;
using NewsSearch.Cluster.Searching;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Backends;

/// <summary>
/// The API over a cluster (<c>--cluster CONN</c>): joins it as an Orleans client at start and asks its shards
/// through a <see cref="ClusterSearcher"/>; every answer that is an object says how many shards answered.
/// </summary>
public sealed class ClusterBackend : NewsBackend, IAsyncDisposable
{
    private readonly string? store;
    private ClusterConnection? connection;
    private ClusterSearcher? searcher;

    /// <summary>A cluster to join at <see cref="OpenAsync"/>, through its store's connection string.</summary>
    public ClusterBackend(string store) => this.store = store;

    /// <summary>A cluster already joined (tests: Orleans' in-process cluster).</summary>
    public ClusterBackend(ClusterSearcher searcher) => this.searcher = searcher;

    private ClusterSearcher Searcher => searcher ?? throw new InvalidOperationException("the cluster is not joined yet");

    /// <exception cref="Cluster.ClusterException">The store is unreachable or no silo is up.</exception>
    public override async Task OpenAsync()
    {
        if (searcher is not null) return;
        connection = await ClusterConnection.ConnectAsync(store!);
        searcher = connection.Searcher;
    }

    /// <summary>Healthy while at least one shard answers.</summary>
    public override async Task CheckHealthAsync()
    {
        var shards = await Searcher.StatusAsync();
        if (shards.Answered == 0) throw new Cluster.ClusterException("no shard of the cluster answers");
    }

    public override async Task<Answered<SearchResults>> SearchAsync(SearchRequest request)
    {
        var answer = await Searcher.SearchAsync(request);
        return new(answer.Results, ShardsResponse.From(answer.Shards));
    }

    public override async Task<Answered<MentionReport>> MentionsAsync(string person)
    {
        var answer = await Searcher.MentionsAsync(person);
        return new(answer.Report, ShardsResponse.From(answer.Shards));
    }

    public override async Task<Answered<RelatedResults?>> RelatedAsync(RelatedRequest request) =>
        await Searcher.RelatedAsync(request) is { } answer ? new(answer.Results, ShardsResponse.From(answer.Shards)) : new(null);

    public override async Task<Answered<FoundArticle?>> ArticleAsync(string id, string? query)
    {
        var answer = await Searcher.ArticleAsync(id, query);
        return new(answer.Value, ShardsResponse.From(answer.Shards));
    }

    public override async Task<Answered<ArticleCounts>> SummaryAsync()
    {
        var answer = await Searcher.SummaryAsync();
        return new(answer.Value, ShardsResponse.From(answer.Shards));
    }

    public override async Task<IReadOnlyList<SourceInfo>> SourcesAsync() => (await Searcher.SourcesAsync()).Value;

    public override async Task<IReadOnlyDictionary<string, int>> MentionCountsAsync() => (await Searcher.MentionCountsAsync()).Value;

    /// <summary>The shards know the shipped people list.</summary>
    public override PeopleList People => PeopleList.Shipped;

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
    }
}
