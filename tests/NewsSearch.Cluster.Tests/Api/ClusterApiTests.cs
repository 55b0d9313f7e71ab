using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Api.Backends;
using NewsSearch.Cluster.Tests.Searching;
using NewsSearch.Cluster.Tests.Support;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Tests.Api;

/// <summary>
/// The API with <c>--cluster</c> answers every endpoint with the JSON the API over one index gives for the same
/// articles, plus <c>shards</c> on every object answer (and never on one index's).
/// </summary>
public class ClusterApiTests(SameAnswersFixture fixture) : IClassFixture<SameAnswersFixture>
{
    public static TheoryData<string> Gets => new()
    {
        "/api/search?q=" + Uri.EscapeDataString("محادثات السلام"),
        "/api/search?q=" + Uri.EscapeDataString("الطلاب") + "&sort=date&page=2",
        "/api/search?q=" + Uri.EscapeDataString("person:kushner") + "&source=okaz,sabq",
        "/api/search?q=" + Uri.EscapeDataString("قرنفلية بنفسجية"),
        "/api/search?q=" + Uri.EscapeDataString("Kushner محادتات"),
        "/api/search?q=" + Uri.EscapeDataString("الرياض") + "&source=okz",
        "/api/mentions?person=umerov",
        "/api/mentions?person=witkoff&page=2&size=5",
        "/api/articles/t0042/related",
        "/api/articles/t0001?q=" + Uri.EscapeDataString("الرياض"),
        "/api/stats",
    };

    [ClusterTheory]
    [MemberData(nameof(Gets))]
    public async Task An_object_answer_is_one_index_s_plus_the_shards(string url)
    {
        var (single, cluster) = await BothAsync(client => client.GetAsync(url));

        Assert.Null(single["shards"]);
        Assert.Equal(8, cluster["shards"]!["answered"]!.GetValue<int>());
        Assert.Equal(0, cluster["shards"]!["missing"]!.GetValue<int>());
        Assert.Equal(Comparable(single), Comparable(cluster));
    }

    [ClusterFact]
    public async Task A_posted_search_and_the_lists_are_one_index_s()
    {
        var body = """{"q": "الانتخابات البرلمان", "size": "20"}""";
        var (single, cluster) = await BothAsync(client => client.PostAsync("/api/search", new StringContent(body, Encoding.UTF8, "application/json")));
        Assert.Equal(Comparable(single), Comparable(cluster));

        foreach (var list in new[] { "/api/sources", "/api/people" })
        {
            var (one, many) = await BothAsync(client => client.GetAsync(list));
            Assert.Equal(one.ToJsonString(), many.ToJsonString());
        }
    }

    [ClusterFact]
    public async Task The_csv_export_is_one_index_s()
    {
        await using var single = Single();
        await using var cluster = Cluster();
        var url = "/api/search.csv?q=" + Uri.EscapeDataString("الحكومة");
        // Rows of equal score may come in another order (see SameAnswersTests): the same rows, each the same.
        Assert.Equal(Rows(await single.CreateClient().GetStringAsync(url)), Rows(await cluster.CreateClient().GetStringAsync(url)));
    }

    [ClusterFact]
    public async Task Unknown_ids_and_bad_queries_are_the_same_problems()
    {
        await using var cluster = Cluster();
        var client = cluster.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/no-such-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/articles/no-such-id/related")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"غير مغلق"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    private async Task<(JsonNode Single, JsonNode Cluster)> BothAsync(Func<HttpClient, Task<HttpResponseMessage>> ask)
    {
        await using var single = Single();
        await using var cluster = Cluster();
        var one = await ask(single.CreateClient());
        var many = await ask(cluster.CreateClient());
        Assert.True(one.StatusCode == HttpStatusCode.OK, await one.Content.ReadAsStringAsync());
        Assert.True(many.StatusCode == HttpStatusCode.OK, await many.Content.ReadAsStringAsync());
        return (JsonNode.Parse(await one.Content.ReadAsStringAsync())!, JsonNode.Parse(await many.Content.ReadAsStringAsync())!);
    }

    private static string[] Rows(string csv) => [.. csv.Split('\n').Order(StringComparer.Ordinal)];

    /// <summary>
    /// The answer without what may differ: the time taken, the shards, scores past the fourth decimal, and the order
    /// of hits of equal score (Lucene orders a tie by document number, which differs between one index and 8 shards):
    /// hits are compared by score and id, their ranks apart.
    /// </summary>
    private static string Comparable(JsonNode answer)
    {
        var copy = answer.DeepClone();
        Strip(copy);
        return copy.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("took_ms");
            obj.Remove("shards");
            if (obj["score"] is JsonValue score) obj["score"] = Math.Round(score.GetValue<double>(), 4);
            if (obj["hits"] is JsonArray hits)
            {
                var ranks = hits.Select(h => h!["rank"]!.GetValue<int>()).ToList();
                var ordered = hits.Select(h => h!.DeepClone()).OrderByDescending(h => Math.Round(h["score"]!.GetValue<double>(), 4))
                    .ThenBy(h => h["id"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
                foreach (var hit in ordered) hit.AsObject().Remove("rank");
                obj["hits"] = new JsonArray([.. ordered]);
                obj["ranks"] = new JsonArray([.. ranks.Select(r => (JsonNode)r)]);
            }
            foreach (var (_, child) in obj) Strip(child);
        }
        else if (node is JsonArray array)
            foreach (var child in array) Strip(child);
    }

    private WebApplicationFactory<Program> Single() => new Api(services =>
    {
        services.AddSingleton(fixture.Index);
        // The loaded test machine must not time out one index's mention search (each shard has its own budget).
        services.AddSingleton(new MentionSearcher(fixture.Index) { Budget = MentionBudget.Unlimited });
        services.AddSingleton(new NewsSearcher(fixture.Index) { TimeLimit = TimeSpan.FromMinutes(1) });
    });

    private WebApplicationFactory<Program> Cluster() =>
        new Api(services => services.AddSingleton<NewsBackend>(new ClusterBackend(fixture.Cluster.Searcher)));

    private sealed class Api(Action<IServiceCollection> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureServices(services =>
            {
                configure(services);
                services.PostConfigure<RequestTimeoutOptions>(options => options.DefaultPolicy = new RequestTimeoutPolicy { Timeout = TimeSpan.FromMinutes(1) });
            });
        }
    }
}
