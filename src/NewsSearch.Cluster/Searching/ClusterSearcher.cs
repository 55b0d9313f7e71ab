using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Search;
using NewsSearch.Cluster.Shards;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// Searches every shard of the cluster and answers as one index would: (1) every shard gives the statistics of the
/// query's terms and fields, (2) each scores its hits with their sum and returns its best hits up to the requested
/// window with sort values and counts, (3) Lucene's <see cref="TopDocs.Merge(Sort, int, int, TopDocs[])"/> merges
/// them, and (4) the owning shards build the final page's snippets. When the articles with all the words do not fill
/// the window, the same runs for the articles with only some of them, listed after a divider, as
/// <see cref="NewsSearcher"/> does; few or no hits come with the search help one index would give (<see cref="ClusterArticles"/>).
/// A shard that does not answer in <see cref="ShardTimeout"/> or is rebuilding is
/// counted missing (<see cref="ShardsAnswered"/>).
/// </summary>
public sealed class ClusterSearcher(IGrainFactory grains, int shards)
{
    public TimeSpan ShardTimeout { get; init; } = TimeSpan.FromSeconds(5);

    private ShardCalls Calls => new(grains, shards, ShardTimeout);

    /// <summary>Every mention of a person over every shard, as <c>MentionSearcher.Mentions</c> gives them from one index.</summary>
    /// <param name="people">Who is on the list (default: the shipped list); a user's file is sent to the shards.</param>
    /// <exception cref="Core.People.PeopleException">The name cannot be searched, or is too common (as in one index).</exception>
    public Task<ClusterMentionReport> MentionsAsync(string name, bool withVariants = false, PeopleList? people = null) =>
        new ClusterMentions(Calls, MentionBudget).FindAsync(name, withVariants, people ?? PeopleList.Shipped);

    /// <summary>What one <see cref="MentionsAsync"/> may cost, as <c>MentionSearcher.Budget</c> for one index: every shard
    /// gathers within it, and all of them together within its cap of mentions.</summary>
    public MentionBudget MentionBudget { get; init; } = new();

    /// <summary>The articles most like one article over every shard, as one index ranks them; null when no shard holds it.</summary>
    /// <exception cref="ClusterException">The shard that holds the article does not answer.</exception>
    public Task<ClusterRelatedResults?> RelatedAsync(RelatedRequest request) => new ClusterRelated(Calls).FindAsync(request);

    /// <summary>Which shards are ready to answer, asked for nothing else (the API's health check).</summary>
    public async Task<ShardsAnswered> StatusAsync()
    {
        var calls = Calls;
        var missing = new HashSet<int>();
        await calls.AskAll(missing, calls.All, shard => shard.Status(), status => status.Ready);
        return calls.Answered(missing);
    }

    /// <summary>Every article counted per outlet and UTC day, as <see cref="NewsSearcher.Summary"/> counts one index.</summary>
    public Task<ClusterAnswer<ArticleCounts>> SummaryAsync() => new ClusterFacts(Calls).SummaryAsync();

    /// <summary>Every outlet with its articles and days, biggest first, as <see cref="NewsSearcher.Sources"/> lists one index's.</summary>
    public Task<ClusterAnswer<IReadOnlyList<SourceInfo>>> SourcesAsync() => new ClusterFacts(Calls).SourcesAsync();

    /// <summary>Each listed person's mentions by id, summed over the shards (each counts its own once per commit).</summary>
    public Task<ClusterAnswer<IReadOnlyDictionary<string, int>>> MentionCountsAsync() => new ClusterFacts(Calls).MentionCountsAsync();

    /// <summary>One article from the shard that holds it, with the marks of <paramref name="query"/>; null when no article has the
    /// id.</summary>
    /// <exception cref="ClusterException">The shard that holds the article does not answer.</exception>
    public Task<ClusterAnswer<FoundArticle?>> ArticleAsync(string id, string? query = null) =>
        new ClusterFacts(Calls).ArticleAsync(id, query);

    /// <param name="people">Who <c>person:</c> and the help know (default: the shipped list); a user's file is sent to the shards.</param>
    public async Task<ClusterSearchResults> SearchAsync(SearchRequest request, PeopleList? people = null)
    {
        var clock = Stopwatch.StartNew();
        people ??= PeopleList.Shipped;
        var missing = new HashSet<int>();
        var first = (request.Page - 1) * request.PageSize;
        var all = await RunAsync(request, people, SearchPhase.AllWords, first, request.PageSize, first, missing);
        var results = new SearchResults(all.Total, all.Hits, TimeSpan.Zero)
        {
            Counts = all.Counts,
            Filter = request.Filter.And(FilterSyntax.Extract(request.Query).Filter),
            UndatedExcluded = all.UndatedExcluded,
        };
        if (all.Total < first + request.PageSize && all.MayWiden)
        {
            var before = all.Total;
            var someFirst = Math.Max(0, first - before);
            var some = await RunAsync(request, people, SearchPhase.SomeWords, someFirst,
                request.PageSize - all.Hits.Count, before + someFirst, missing);
            if (some.Total > 0)
                results = results with
                {
                    Hits = [.. all.Hits, .. some.Hits],
                    PartialTotal = some.Total,
                    PartialFromRank = before + 1,
                    Counts = before == 0 ? some.Counts : all.Counts,
                };
        }
        var help = await new SearchAdvisor(IndexSchema.QueryAnalyzer, people).AdviseAsync(new ClusterArticles(Calls, missing), request, results.Filter, results);
        return new ClusterSearchResults(results with { Help = help, Took = clock.Elapsed }, Calls.Answered(missing));
    }

    /// <summary>One search over the shards: its hits in the window, how many it found, its counts.</summary>
    private sealed record PhaseResults(int Total, List<SearchHit> Hits, ArticleCounts Counts, int UndatedExcluded, bool MayWiden);

    /// <param name="start">The first hit of the window (0-based), <paramref name="size"/> hits from there.</param>
    /// <param name="ranked">How many hits come before the window's first (its first rank is this + 1).</param>
    private async Task<PhaseResults> RunAsync(SearchRequest request, PeopleList people, SearchPhase phase, int start, int size,
        int ranked, HashSet<int> missing)
    {
        var query = ShardQuery.For(request, phase, start + size, people);
        var statistics = await Calls.AskAll(missing, Enumerable.Range(0, shards), shard => shard.Statistics(query), s => s.Ready);
        if (statistics.Values.FirstOrDefault(s => s.Refused is not null) is { Refused: { } refused })
            throw new QuerySyntaxException(refused);
        var global = GlobalStatistics.Sum(statistics.Values);
        var pages = await Calls.AskAll(missing, statistics.Keys, shard => shard.Search(query, global), p => p.Ready);

        var order = pages.Keys.Order().ToArray();
        var sort = NewsSearcher.SortFor(request.Order);
        var merged = TopDocs.Merge(sort, start, size, order.Select(shard => ToTopDocs(pages[shard], sort)).ToArray());
        var hits = await HitsAsync(query, global, merged.ScoreDocs, order.Select(shard => pages[shard]).ToArray(), order, ranked);
        var counts = CountsSum.Of(pages.Values.Select(p => JsonSerializer.Deserialize<ArticleCounts>(p.CountsJson)!));
        return new PhaseResults(pages.Values.Sum(p => p.TotalHits), hits, counts, pages.Values.Sum(p => p.UndatedExcluded),
            statistics.Values.Any(s => s.MayWiden));
    }

    /// <summary>The window's hits, each built by its own shard, in merged order with merged ranks and scores.</summary>
    private async Task<List<SearchHit>> HitsAsync(ShardQuery query, GlobalStatistics global, ScoreDoc[] page,
        ShardPage[] pages, int[] order, int ranked)
    {
        var wanted = page.Select((doc, i) => (Rank: ranked + i + 1, doc.Score, Shard: order[doc.ShardIndex],
            Id: pages[doc.ShardIndex].Hits.First(h => h.Doc == doc.Doc).Id)).ToList();
        var built = await Task.WhenAll(wanted.GroupBy(w => w.Shard).Select(async group =>
        {
            var ids = group.Select(w => w.Id).ToArray();
            var json = await Calls.Shard(group.Key).Hits(query, ids, global).WaitAsync(ShardTimeout);
            return JsonSerializer.Deserialize<List<SearchHit>>(json)!;
        }));
        var byId = built.SelectMany(h => h).ToDictionary(h => h.Article.Id, StringComparer.Ordinal);
        return wanted.Where(w => byId.ContainsKey(w.Id)).Select(w => byId[w.Id] with { Rank = w.Rank, Score = w.Score }).ToList();
    }

    private static TopDocs ToTopDocs(ShardPage page, Sort? sort)
    {
        if (sort is null)
            return new TopDocs(page.TotalHits, page.Hits.Select(h => new ScoreDoc(h.Doc, h.Score)).ToArray(),
                page.Hits.Length > 0 ? page.Hits.Max(h => h.Score) : float.NaN);
        var docs = page.Hits.Select(h => (ScoreDoc)new FieldDoc(h.Doc, h.Score,
            [J2N.Numerics.Int64.GetInstance(h.SortDate), new Lucene.Net.Util.BytesRef(h.Id)])).ToArray();
        return new TopFieldDocs(page.TotalHits, docs, sort.GetSort(), float.NaN);
    }
}
