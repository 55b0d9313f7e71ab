using System.Diagnostics;
using System.Text.Json;
using NewsSearch.Bench;
using NewsSearch.Cluster.Hosting;
using NewsSearch.Cluster.Searching;
using NewsSearch.Cluster.Shards;
using NewsSearch.Cluster.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;
using Npgsql;
using Orleans.TestingHost;

// The cluster beside one index on this machine (docs/cluster.md, "Measured"): store ingest, shard catch-up, search
// latency with 1, 2 and 3 in-process silos over 8 shards, freshness, and whether every query of the bench mix answers
// as one index does (top-10 ids up to ties, scores within 1e-4, totals, counts and search help exact); the same for the mentions of
// every listed person (exactly) and the related articles of 20 articles (ids up to ties, scores within 1e-4).
// Usage: newssearch-cluster-bench CORPUS.jsonl.gz POSTGRES-CONN [ARTICLES=5000] [QUERIES=300] [OUT.json]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: newssearch-cluster-bench CORPUS.jsonl.gz POSTGRES-CONN [ARTICLES=5000] [QUERIES=300] [OUT.json]");
    return 2;
}
var corpus = args[0];
var server = args[1];
var count = args.Length > 2 ? int.Parse(args[2]) : 5000;
var queryCount = args.Length > 3 ? int.Parse(args[3]) : 300;
var output = args.Length > 4 ? args[4] : null;
var work = Directory.CreateTempSubdirectory("newssearch-cluster-bench-");
var loadBefore = LoadAverage();
Console.WriteLine($"load average at start: {loadBefore}");

var articles = ArticleReader.ReadSeeds().Concat(ArticleReader.Read([corpus])).Select(o => o.Article).OfType<Article>()
    .DistinctBy(a => a.Id).Take(count + 2).ToList();
Console.WriteLine($"{articles.Count} articles (the seeds and the first {articles.Count - 2} of {Path.GetFileName(corpus)})");

var clock = Stopwatch.StartNew();
using var single = NewsIndex.Open(Path.Combine(work.FullName, "single"));
ArticleIndexer.Run(single, articles.Select(ReadOutcome.Of), new IndexRunOptions { Rebuild = true });
var singleRate = articles.Count / clock.Elapsed.TotalSeconds;
var searcher = new NewsSearcher(single);
var singleMentions = new MentionSearcher(single) { Budget = MentionBudget.Unlimited };
var people = PeopleList.Shipped.People.Select(p => p.Id).ToList();
var mentionsOfOne = people.ToDictionary(id => id, id => Comparable(singleMentions.Mentions(id)));
var relatedIds = Enumerable.Range(0, 20).Select(i => articles[2 + i * (articles.Count - 2) / 20].Id).ToList();
var relatedOfOne = relatedIds.ToDictionary(id => id, id => searcher.Related(new RelatedRequest(id) { Count = RelatedRequest.MaxCount })!);
var requests = QueryMix.Build(articles, single, queryCount, seed: 23).Select((q, i) => new SearchRequest(q.Text)
{
    Order = i % 5 == 1 ? ResultOrder.Newest : ResultOrder.Relevance,
    Filter = i % 7 == 3 && articles[i % articles.Count].Source is { } source ? new SearchFilter { Sources = [source] } : SearchFilter.None,
}).ToList();
var singleAnswers = new SearchResults[requests.Count];
var singleLatencies = requests.Select((r, i) => Time(() => singleAnswers[i] = searcher.Search(r))).ToList();
var withHelp = singleAnswers.Count(a => !a.Help.IsEmpty);
Console.WriteLine($"one index: {singleRate:N0} articles/s; search p50 {P(singleLatencies, 50):0.0} ms, p99 {P(singleLatencies, 99):0.0} ms; " +
                  $"{withHelp} of {requests.Count} queries come with help");

var runs = new List<object>();
foreach (var silos in new[] { 1, 2, 3 })
{
    var database = $"newssearch_bench_{silos}_{Environment.ProcessId}";
    await Execute(server, $"CREATE DATABASE {database}");
    var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    try
    {
        await using var db = NpgsqlDataSource.Create(connection);
        await StoreSchema.InitAsync(db, 8);
        var store = await ArticleStore.OpenAsync(db);
        clock.Restart();
        await store.WriteAsync(articles);
        var storeRate = articles.Count / clock.Elapsed.TotalSeconds;

        var builder = new InProcessTestClusterBuilder((short)silos);
        var data = Path.Combine(work.FullName, $"silos-{silos}");
        builder.ConfigureSilo((_, silo) => silo.AddNewsSearchShards(new ShardHostOptions(data, connection) { FolderPerSilo = true }));
        await using var cluster = builder.Build();
        clock.Restart();
        await cluster.DeployAsync();
        await CaughtUp(cluster, store);
        var catchUpRate = articles.Count / clock.Elapsed.TotalSeconds;
        var coordinator = new ClusterSearcher(cluster.Client, 8) { MentionBudget = MentionBudget.Unlimited };

        await coordinator.SearchAsync(requests[0]);
        var latencies = new List<double>();
        var same = 0;
        var differences = new List<string>();
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            ClusterSearchResults? answer = null;
            latencies.Add(await TimeAsync(async () => answer = await coordinator.SearchAsync(request)));
            var difference = Compare(singleAnswers[i], searcher.Search(request with { PageSize = 40 }), answer!);
            if (difference is null) same++;
            else differences.Add($"{request.Query} [{request.Order}]: {difference}");
        }

        var sameMentions = 0;
        var mentionLatencies = new List<double>();
        foreach (var person in people)
        {
            ClusterMentionReport? found = null;
            mentionLatencies.Add(await TimeAsync(async () => found = await coordinator.MentionsAsync(person)));
            if (found!.Shards.Missing == 0 && Comparable(found.Report) == mentionsOfOne[person]) sameMentions++;
            else differences.Add($"mentions {person}: differ");
        }
        var sameRelated = 0;
        foreach (var id in relatedIds)
        {
            var answer = await coordinator.RelatedAsync(new RelatedRequest(id));
            var difference = CompareRelated(relatedOfOne[id], answer);
            if (difference is null) sameRelated++;
            else differences.Add($"related {id}: {difference}");
        }

        var freshness = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var marker = $"قرنفلية{i}زعفران";
            clock.Restart();
            await store.WriteAsync([new Article($"fresh-{i}", "خبر", marker) { Source = "bench" }]);
            while ((await coordinator.SearchAsync(new SearchRequest(marker))).Results.TotalHits == 0) await Task.Delay(10);
            freshness.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{silos} silo(s): store {storeRate:N0} articles/s, shards caught up at {catchUpRate:N0} articles/s; " +
                          $"search p50 {P(latencies, 50):0.0} ms, p99 {P(latencies, 99):0.0} ms; same answers {same}/{requests.Count}; " +
                          $"fresh after {P(freshness, 50):0} ms (median of 5); mentions same {sameMentions}/{people.Count} " +
                          $"(p50 {P(mentionLatencies, 50):0} ms); related same {sameRelated}/{relatedIds.Count}");
        foreach (var difference in differences.Take(5)) Console.WriteLine($"  differs: {difference}");
        runs.Add(new
        {
            silos, shards = 8, store_articles_per_s = Math.Round(storeRate), catch_up_articles_per_s = Math.Round(catchUpRate),
            search_p50_ms = Math.Round(P(latencies, 50), 1), search_p99_ms = Math.Round(P(latencies, 99), 1),
            same_answers = same, queries = requests.Count, freshness_median_ms = Math.Round(P(freshness, 50)),
            same_mentions = sameMentions, people = people.Count, mentions_p50_ms = Math.Round(P(mentionLatencies, 50)),
            same_related = sameRelated, related = relatedIds.Count, load_average = LoadAverage(), differences,
        });
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }
}

var report = new
{
    articles = articles.Count, corpus = Path.GetFileName(corpus), machine_cores = Environment.ProcessorCount,
    load_average_at_start = loadBefore, load_average_at_end = LoadAverage(),
    queries_with_help = withHelp,
    single = new { articles_per_s = Math.Round(singleRate), search_p50_ms = Math.Round(P(singleLatencies, 50), 1), search_p99_ms = Math.Round(P(singleLatencies, 99), 1) },
    cluster = runs,
};
if (output is not null) File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
work.Delete(recursive: true);
return 0;

// The 1, 5 and 15-minute load averages: the figures mean little on a machine that other work keeps busy.
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

// Everything a user sees of a mention report: articles, mentions with offsets and reasons, counts, the timeline.
static string Comparable(MentionReport report) => JsonSerializer.Serialize(new
{
    report.Total, report.Articles, report.Doubtful, report.Excluded, report.AlsoWritten, Timeline = MentionTimeline.From(report),
});

// Null when the cluster's related articles are one index's: the same scores at every rank, ids up to equal scores.
static string? CompareRelated(RelatedResults one, ClusterRelatedResults? many)
{
    if (many is null) return "not found";
    if (many.Shards.Missing > 0) return $"{many.Shards.Missing} shards missing";
    var page = one.Hits.Take(10).ToList();
    var cluster = many.Results.Hits;
    if (page.Count != cluster.Count) return $"{page.Count} hits vs {cluster.Count}";
    for (var i = 0; i < page.Count; i++)
    {
        if (Math.Abs(page[i].Score - cluster[i].Score) > 1e-4) return $"rank {i + 1}: score {page[i].Score} vs {cluster[i].Score}";
        if (page[i].Article.Id == cluster[i].Article.Id) continue;
        // A hit of the same score elsewhere in one index's list is the same answer (ties are ordered by document number).
        var there = one.Hits.FirstOrDefault(h => h.Article.Id == cluster[i].Article.Id);
        if (there is null || Math.Abs(there.Score - cluster[i].Score) > 1e-4) return $"rank {i + 1}: {page[i].Article.Id} vs {cluster[i].Article.Id}";
    }
    return null;
}

static double Time(Action body)
{
    var clock = Stopwatch.StartNew();
    body();
    return clock.Elapsed.TotalMilliseconds;
}

static async Task<double> TimeAsync(Func<Task> body)
{
    var clock = Stopwatch.StartNew();
    await body();
    return clock.Elapsed.TotalMilliseconds;
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}

static async Task Execute(string server, string sql)
{
    await using var db = NpgsqlDataSource.Create(server);
    await using var command = db.CreateCommand(sql);
    await command.ExecuteNonQueryAsync();
}

static async Task CaughtUp(InProcessTestCluster cluster, ArticleStore store)
{
    while (true)
    {
        var ready = 0;
        for (var shard = 0; shard < store.Shards; shard++)
        {
            try
            {
                var status = await cluster.Client.GetGrain<IShardGrain>(shard).Status();
                if (status.Ready && status.HighWater >= await store.LastSeqAsync(shard)) ready++;
            }
            catch (Exception) { }
        }
        if (ready == store.Shards) return;
        await Task.Delay(50);
    }
}

// Null when the cluster answers as one index: totals, counts, the help, the page's scores (1e-4) and ids up to equal scores.
static string? Compare(SearchResults one, SearchResults deeper, ClusterSearchResults many)
{
    var cluster = many.Results;
    if (many.Shards.Missing > 0) return $"{many.Shards.Missing} shards missing";
    if (one.TotalHits != cluster.TotalHits || one.PartialTotal != cluster.PartialTotal) return $"totals {one.TotalHits}/{one.PartialTotal} vs {cluster.TotalHits}/{cluster.PartialTotal}";
    if (JsonSerializer.Serialize(one.Counts) != JsonSerializer.Serialize(cluster.Counts)) return "counts differ";
    if (JsonSerializer.Serialize(one.Help) != JsonSerializer.Serialize(cluster.Help)) return "help differs";
    if (one.Hits.Count != cluster.Hits.Count) return $"{one.Hits.Count} hits vs {cluster.Hits.Count}";
    for (var i = 0; i < one.Hits.Count; i++)
    {
        if (Math.Abs(one.Hits[i].Score - cluster.Hits[i].Score) > 1e-4) return $"rank {i + 1}: score {one.Hits[i].Score} vs {cluster.Hits[i].Score}";
        if (one.Hits[i].Article.Id == cluster.Hits[i].Article.Id) continue;
        // Equal scores are ordered by document number, which differs between one index and the shards: a hit of the same
        // score that one index ranks elsewhere in the tie (or past the deeper page, when the tie runs on) is the same answer.
        var tied = deeper.Hits.FirstOrDefault(h => h.Article.Id == cluster.Hits[i].Article.Id);
        var tieRunsOn = deeper.Hits.Count > 0 && Math.Abs(deeper.Hits[^1].Score - cluster.Hits[i].Score) <= 1e-4;
        if (tied is null ? !tieRunsOn : Math.Abs(tied.Score - cluster.Hits[i].Score) > 1e-4)
            return $"rank {i + 1}: {one.Hits[i].Article.Id} vs {cluster.Hits[i].Article.Id}";
    }
    return null;
}
