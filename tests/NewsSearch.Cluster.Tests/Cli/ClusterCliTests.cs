using NewsSearch.Cluster.Store;
using NewsSearch.Cluster.Tests.Support;

namespace NewsSearch.Cluster.Tests.Cli;

public class ClusterCliTests
{
    [ClusterFact]
    public async Task Init_then_index_stores_the_articles_once()
    {
        await using var db = new TestDatabase();
        using var folder = new TempFolder();
        var feed = folder.File("feed.jsonl",
            """
            {"id": "f1", "title": "أمير منطقة الرياض", "body": "افتتح أمير منطقة الرياض المعرض", "source": "okaz", "published": "2015-03-01"}
            {"id": "f2", "title": "الأمطار في جدة", "body": "هطلت الأمطار على جدة", "source": "sabq", "published": "2015-03-02"}
            {"id": "", "title": "بلا معرف", "body": "نص"}
            """);

        var init = await Support.Cli.RunAsync("cluster", "init", "--db", db.ConnectionString, "--shards", "4");
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("4 shards", init.Stdout);

        var first = await Support.Cli.RunAsync("index", feed, "--cluster", db.ConnectionString);
        Assert.True(first.ExitCode == 4, first.Stderr); // 4: stored, but a line was skipped
        Assert.Contains("stored 2 new, 0 changed, 0 unchanged, skipped 1", first.Stdout);
        var again = await Support.Cli.RunAsync("index", feed, "--cluster", db.ConnectionString);
        Assert.Contains("stored 0 new, 0 changed, 2 unchanged", again.Stdout);

        var store = await ArticleStore.OpenAsync(db.DataSource);
        Assert.Equal(4, store.Shards);
        Assert.Equal(2, await store.CountAsync());
    }

    [ClusterFact]
    public async Task Indexing_into_a_store_without_init_says_what_to_run()
    {
        await using var db = new TestDatabase();
        var result = await Support.Cli.RunAsync("index", "--cluster", db.ConnectionString);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: the store has no NewsSearch cluster: run `newssearch cluster init --db CONN` first", result.Stderr.Trim());
    }

    [ClusterFact]
    public async Task Init_refuses_another_shard_count()
    {
        await using var db = new TestDatabase();
        Assert.Equal(0, (await Support.Cli.RunAsync("cluster", "init", "--db", db.ConnectionString)).ExitCode);
        var result = await Support.Cli.RunAsync("cluster", "init", "--db", db.ConnectionString, "--shards", "3");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: the store was initialised with 8 shards, not 3", result.Stderr);
    }

    [Fact]
    public async Task An_unreachable_or_malformed_store_is_one_line_not_a_stack_trace()
    {
        var unreachable = await Support.Cli.RunAsync("cluster", "init", "--db", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3");
        Assert.Equal(1, unreachable.ExitCode);
        Assert.StartsWith("error: the store failed: ", unreachable.Stderr);
        Assert.Single(unreachable.Stderr.Trim().Split('\n'));

        var malformed = await Support.Cli.RunAsync("index", "--cluster", "not a connection string");
        Assert.Equal(1, malformed.ExitCode);
        Assert.StartsWith("error: not a PostgreSQL connection string", malformed.Stderr);
    }

    [Theory]
    [InlineData("mentions", "witkoff")]
    [InlineData("search", "person:witkoff")]
    public async Task A_bad_people_file_with_cluster_is_one_line_before_any_shard_is_asked(string command, string query)
    {
        using var folder = new TempFolder();
        var people = folder.File("people.json", """{"people": [}""");
        var result = await Support.Cli.RunAsync(command, query, "--cluster", "Host=127.0.0.1;Port=1", "--people", people);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: people file {people}, line 1: ", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task The_api_that_cannot_join_its_cluster_says_so_in_one_line_and_exits()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NewsSearch.Api.dll"), "--cluster", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=3", "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        using var api = System.Diagnostics.Process.Start(start)!;
        var output = api.StandardOutput.ReadToEndAsync();
        var errors = api.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await api.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, api.ExitCode);
        Assert.Contains("cannot join the cluster: the store failed: ", await output + await errors);
    }

    [Fact]
    public async Task A_cluster_cannot_be_rebuilt_from_the_cli()
    {
        var result = await Support.Cli.RunAsync("index", "--rebuild", "--cluster", "Host=127.0.0.1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rebuild themselves from the store", result.Stderr);
    }
}
