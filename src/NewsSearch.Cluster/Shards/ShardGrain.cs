using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;
using Orleans.Placement;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// The grain of one shard: on activation it opens (or rebuilds) the shard's index on this silo through
/// <see cref="ShardHost"/>; Orleans decides the silo and moves the shard when its silo dies. Searches interleave: the
/// index is safe for concurrent readers and catches up on its own thread. Shards are placed by a hash of their
/// id over the silos alive, so they spread over them.
/// </summary>
[Reentrant]
[HashBasedPlacement]
internal sealed class ShardGrain(ShardHost host, ILogger<ShardGrain> log) : Grain, IShardGrain
{
    private ShardReplica? replica;

    private int Shard => (int)this.GetPrimaryKeyLong();
    private ShardReplica Replica => replica ?? throw new InvalidOperationException("the shard is not open");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        replica = await host.OpenAsync(Shard);
        log.LogInformation("shard {Shard} opened on {Silo}", Shard, host.SiloName);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (replica is not null) host.Close(replica);
        replica = null;
        return Task.CompletedTask;
    }

    public Task<ShardStatus> Status()
    {
        DelayDeactivation(TimeSpan.FromMinutes(10));
        return Task.FromResult(new ShardStatus(Shard, host.SiloName, Replica.Ready, Replica.HighWater,
            Replica.Ready ? Replica.Index.Searcher.Use(s => s.IndexReader.NumDocs) : 0));
    }

    public Task<ShardStatistics> Statistics(ShardQuery query) =>
        Task.FromResult(Replica.Ready ? Replica.Search.Statistics(query) : ShardStatistics.NotReady);

    public Task<ShardPage> Search(ShardQuery query, GlobalStatistics statistics) =>
        Task.FromResult(Replica.Ready ? Replica.Search.Search(query, statistics) : ShardPage.NotReady);

    public Task<string> Hits(ShardQuery query, string[] ids, GlobalStatistics statistics) =>
        Task.FromResult(JsonSerializer.Serialize(Replica.Search.Hits(query, ids, statistics)));

    public Task<ShardAnswer> SpellingCandidates(string name, PeopleFile? people) =>
        Answer(() => Replica.Mentions.SpellingCandidates(Resolve(name, people)));

    public Task<ShardAnswer> Mentions(string name, string[] spellings, string[] stems, PeopleFile? people, string budgetJson) =>
        Answer(() => Replica.Mentions.Candidates(Resolve(name, people), [.. spellings.Zip(stems)],
            JsonSerializer.Deserialize<MentionBudget>(budgetJson)!));

    private static PersonForms Resolve(string name, PeopleFile? people) => PersonForms.Resolve(PeopleFile.ListOf(people), name);

    public Task<ShardStatistics> RelatedTerms(string id) =>
        Task.FromResult(Replica.Ready ? Replica.Related.Terms(id) : ShardStatistics.NotReady);

    public Task<ShardStatistics> TermStatistics(TermStat[] terms) =>
        Task.FromResult(Replica.Ready ? Replica.Related.Statistics(terms) : ShardStatistics.NotReady);

    public Task<RelatedLike> RelatedLike(string id, GlobalStatistics statistics) =>
        Task.FromResult(Replica.Ready ? Replica.Related.Like(id, statistics) : Shards.RelatedLike.Missing);

    public Task<ShardAnswer> RelatedSearch(string requestJson, WeightedTerm[] like, GlobalStatistics statistics) =>
        Answer(() => Replica.Related.Search(JsonSerializer.Deserialize<RelatedRequest>(requestJson)!, like, statistics));

    public Task<ShardAnswer> Summary() => Answer(() => Replica.Facts.Summary());

    public Task<ShardAnswer> Sources() => Answer(() => Replica.Facts.Sources());

    public Task<ShardAnswer> Article(string id, string? query) => Answer(() => Replica.Facts.ArticleAsync(id, query));

    public Task<ShardAnswer> MentionCounts() => Answer(() => Replica.Facts.MentionCountsAsync());

    public Task<ShardAnswer> SourceNames() => Answer(() => Replica.Advice.SourceNames());

    public Task<ShardAnswer> ArticlesNaming(string[][] forms, string filterJson) =>
        Answer(() => Replica.Advice.ArticlesNaming(forms, JsonSerializer.Deserialize<SearchFilter>(filterJson)!));

    public Task<ShardAnswer> ArticlesWith(string[] forms) => Answer(() => Replica.Advice.ArticlesWith(forms));

    public Task<ShardAnswer> WrittenSamples(string[] forms) => Answer(() => Replica.Advice.WrittenSamples(forms));

    public Task<ShardAnswer> NearForms(string form, double tolerance) => Answer(() => Replica.Advice.NearForms(form, tolerance));

    /// <summary>The shard's answer as JSON; not ready while it rebuilds; a refusal (too common a name, too slow) with its reason.</summary>
    private Task<ShardAnswer> Answer<T>(Func<T> answer) => Answer(() => Task.FromResult(answer()));

    private async Task<ShardAnswer> Answer<T>(Func<Task<T>> answer)
    {
        if (!Replica.Ready) return ShardAnswer.NotReady;
        try { return new ShardAnswer(true, JsonSerializer.Serialize(await answer())); }
        catch (Exception e) when (e is PeopleException or SearchTimeoutException)
        {
            return new ShardAnswer(true, "null", e.Message, e is SearchTimeoutException);
        }
    }
}
