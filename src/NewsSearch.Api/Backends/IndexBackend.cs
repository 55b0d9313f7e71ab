using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Backends;

/// <summary>The API over one index: the shared <see cref="NewsSearcher"/> and <see cref="MentionSearcher"/> as registered.</summary>
public sealed class IndexBackend(IServiceProvider services) : NewsBackend
{
    private NewsIndex Index => services.GetRequiredService<NewsIndex>();
    private NewsSearcher Searcher => services.GetRequiredService<NewsSearcher>();
    private MentionSearcher Mentions => services.GetRequiredService<MentionSearcher>();

    public override Task OpenAsync()
    {
        _ = Searcher;
        _ = Mentions.CountInBackground();
        return Task.CompletedTask;
    }

    /// <summary>Cheap when nothing changed; a new commit also starts counting the people's mentions in the background.</summary>
    public override void Refresh()
    {
        Index.Searcher.Refresh();
        _ = Mentions.CountInBackground();
    }

    public override Task CheckHealthAsync()
    {
        Index.Searcher.Refresh();
        return Task.CompletedTask;
    }

    public override Task<Answered<SearchResults>> SearchAsync(SearchRequest request) =>
        Task.FromResult(new Answered<SearchResults>(Searcher.Search(request)));

    public override Task<Answered<MentionReport>> MentionsAsync(string person) =>
        Task.FromResult(new Answered<MentionReport>(Mentions.Mentions(person)));

    public override Task<Answered<RelatedResults?>> RelatedAsync(RelatedRequest request) =>
        Task.FromResult(new Answered<RelatedResults?>(Searcher.Related(request)));

    public override async Task<Answered<FoundArticle?>> ArticleAsync(string id, string? query) =>
        new(await FoundArticle.FindAsync(Searcher, Mentions, id, query));

    public override Task<Answered<ArticleCounts>> SummaryAsync() => Task.FromResult(new Answered<ArticleCounts>(Searcher.Summary()));

    public override Task<IReadOnlyList<SourceInfo>> SourcesAsync() => Task.FromResult(Searcher.Sources());

    /// <summary>
    /// The people's mention counts as last counted (<see cref="Refresh"/> starts counting each new commit in the
    /// background); only before the first count has finished does a request wait for it.
    /// </summary>
    public override async Task<IReadOnlyDictionary<string, int>> MentionCountsAsync() => (await Mentions.LatestListedMentionsAsync()).Counts;

    public override PeopleList People => Mentions.People;
}
