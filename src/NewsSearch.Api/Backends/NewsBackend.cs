using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Backends;

/// <summary>
/// What the API answers from: one index (<see cref="IndexBackend"/>, the default) or a cluster
/// (<see cref="ClusterBackend"/>, <c>--cluster CONN</c>). The endpoints ask it and shape the same JSON either way;
/// a cluster's answers add how many shards answered.
/// </summary>
public abstract class NewsBackend
{
    /// <summary>Opens the index or joins the cluster before the first request.</summary>
    public abstract Task OpenAsync();

    /// <summary>Lets the next request see the latest articles (one index: its latest commit; a cluster's shards keep up on their
    /// own).</summary>
    public virtual void Refresh() { }

    /// <summary>Throws when the backend cannot answer (the health check).</summary>
    public abstract Task CheckHealthAsync();

    public abstract Task<Answered<SearchResults>> SearchAsync(SearchRequest request);
    public abstract Task<Answered<MentionReport>> MentionsAsync(string person);
    public abstract Task<Answered<RelatedResults?>> RelatedAsync(RelatedRequest request);
    public abstract Task<Answered<FoundArticle?>> ArticleAsync(string id, string? query);
    public abstract Task<Answered<ArticleCounts>> SummaryAsync();
    public abstract Task<IReadOnlyList<SourceInfo>> SourcesAsync();

    /// <summary>Each listed person's mentions, by id (counted in the background; see <c>/api/people</c>).</summary>
    public abstract Task<IReadOnlyDictionary<string, int>> MentionCountsAsync();

    public abstract PeopleList People { get; }
}
