using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NewsSearch.Cluster.Tests.Support;

namespace NewsSearch.Cluster.Tests.Cli;

/// <summary>
/// The cluster as users run it: real <c>newssearch node</c> processes meeting through a real redis-server (started
/// here on a free loopback port), fed by <c>index --cluster</c> and asked by <c>search</c>, <c>mentions</c> and
/// <c>related</c> with <c>--cluster</c>, and by the API started with <c>--cluster</c>.
/// </summary>
public class NodeProcessTests
{
    [ClusterFact]
    public async Task Two_node_processes_serve_every_shard_to_search_cluster()
    {
        await using var db = new TestDatabase();
        using var folder = new TempFolder();
        var redisPort = FreePort();
        var processes = new List<Process>();
        try
        {
            processes.Add(Start("redis-server", "--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder.Path));
            var init = await Support.Cli.RunAsync("cluster", "init", "--db", db.ConnectionString, "--redis", $"127.0.0.1:{redisPort}");
            Assert.True(init.ExitCode == 0, init.Stderr);
            foreach (var node in new[] { "a", "b" })
                processes.Add(Start("dotnet", [.. Support.Cli.StartInfo("node", "--db", db.ConnectionString, "--data", Path.Combine(folder.Path, node),
                    "--port", FreePort(pairs: true).ToString()).ArgumentList]));
            var feed = folder.File("feed.jsonl", string.Join('\n', Enumerable.Range(0, 30).Select(i =>
                $$"""{"id": "n{{i}}", "title": "خبر {{i}}", "body": "زعفرانة في المدينة رقم {{i}}{{(i < 5 ? " وقال ستيف ويتكوف" : "")}}", "source": "{{(i % 2 == 0 ? "okaz" : "sabq")}}"}""")));
            Assert.Equal(0, (await Support.Cli.RunAsync("index", feed, "--cluster", db.ConnectionString)).ExitCode);

            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                var search = await Support.Cli.RunAsync("search", "زعفرانة", "--cluster", db.ConnectionString, "--json");
                if (search.ExitCode == 0)
                {
                    using var json = JsonDocument.Parse(search.Stdout);
                    var shards = json.RootElement.GetProperty("shards");
                    Assert.Equal(8, shards.GetProperty("total").GetInt32());
                    if (shards.GetProperty("missing").GetInt32() == 0 && json.RootElement.GetProperty("total").GetInt32() == 30)
                    {
                        Assert.Equal(8, shards.GetProperty("answered").GetInt32());
                        Assert.Equal(10, json.RootElement.GetProperty("hits").GetArrayLength());
                        await MentionsAndRelatedAnswerToo(db.ConnectionString, folder);
                        await TheApiAnswersFromTheClusterToo(db.ConnectionString, processes);
                        return;
                    }
                }
                Assert.True(DateTime.UtcNow < deadline, $"the cluster never answered whole: {search.Stdout} {search.Stderr}");
                await Task.Delay(1000);
            }
        }
        finally
        {
            foreach (var process in processes)
            {
                try { process.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { }
                process.Dispose();
            }
        }
    }

    /// <summary>
    /// <c>mentions</c> (with the user's people file too), <c>related</c> and <c>search --csv</c> take <c>--cluster</c> too, and
    /// say how many shards answered; a search with a typo gets its help.
    /// </summary>
    private static async Task MentionsAndRelatedAnswerToo(string store, TempFolder folder)
    {
        var mentions = await Support.Cli.RunAsync("mentions", "witkoff", "--cluster", store, "--json");
        Assert.True(mentions.ExitCode == 0, mentions.Stderr);
        using (var json = Parse(mentions.Stdout))
        {
            Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(5, json.RootElement.GetProperty("articles").GetArrayLength());
            Assert.Equal(8, json.RootElement.GetProperty("shards").GetProperty("answered").GetInt32());
        }
        // The user's people file is sent to the nodes: here a list whose witkoff is known by his full name only.
        var own = folder.File("people.json", """{"people": [{"id": "witkoff", "name_en": "Steve Witkoff", "name_ar": "ستيف ويتكوف"}]}""");
        var listed = await Support.Cli.RunAsync("mentions", "witkoff", "--cluster", store, "--people", own, "--json");
        Assert.True(listed.ExitCode == 0, listed.Stderr);
        using (var json = Parse(listed.Stdout)) Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
        var timeline = await Support.Cli.RunAsync("mentions", "witkoff", "--cluster", store, "--by", "day");
        Assert.True(timeline.ExitCode == 0, timeline.Stderr);
        Assert.Contains("shards: 8 of 8 answered", timeline.Stdout);

        // search --csv too: the rows on stdout, the shards on stderr.
        var csv = await Support.Cli.RunAsync("search", "زعفرانة", "--cluster", store, "--csv");
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var rows = csv.Stdout.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(row => row.TrimEnd('\r')).ToList();
        Assert.Equal("id,date,outlet,title,url,score,snippet", rows[0]);
        Assert.Equal(30, rows.Skip(1).Count(row => row.StartsWith('n')));
        Assert.Contains("shards: 8 of 8 answered", csv.Stderr);

        // A typo gets the help one index would give, under the same header.
        var typo = await Support.Cli.RunAsync("search", "زعفرنة", "--cluster", store);
        Assert.True(typo.ExitCode == 0, typo.Stderr);
        Assert.Contains("Did you mean زعفرانة (30 articles)? \"زعفرنة\" is rare or absent in this index.", typo.Stdout);
        Assert.Contains("shards: 8 of 8 answered", typo.Stdout);

        var related = await Support.Cli.RunAsync("related", "n3", "--cluster", store, "--json", "--top", "5");
        Assert.True(related.ExitCode == 0, related.Stderr);
        using (var json = Parse(related.Stdout))
        {
            Assert.Equal("n3", json.RootElement.GetProperty("id").GetString());
            Assert.Equal(5, json.RootElement.GetProperty("related").GetArrayLength());
            Assert.DoesNotContain(json.RootElement.GetProperty("related").EnumerateArray(), hit => hit.GetProperty("id").GetString() == "n3");
            Assert.Equal(8, json.RootElement.GetProperty("shards").GetProperty("answered").GetInt32());
        }
        var unknown = await Support.Cli.RunAsync("related", "no-such-id", "--cluster", store);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: no article with id no-such-id in the cluster", unknown.Stderr.Trim());
    }

    /// <summary>The API started with <c>--cluster</c> joins the cluster and answers with how many shards answered.</summary>
    private static async Task TheApiAnswersFromTheClusterToo(string store, List<Process> processes)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NewsSearch.Api.dll"), "--cluster", store, "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var listening = new TaskCompletionSource<Uri>();
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var api = Process.Start(start)!;
        processes.Add(api);
        api.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            output.Enqueue(line.Data);
            if (System.Text.RegularExpressions.Regex.Match(line.Data, @"Now listening on: (http://\S+)") is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        api.ErrorDataReceived += (_, line) => { if (line.Data is not null) output.Enqueue(line.Data); };
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60))
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : throw new Xunit.Sdk.XunitException($"the API did not listen: {string.Join('\n', output)}"));
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        using var json = Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("زعفرانة")));
        Assert.Equal(30, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("shards").GetProperty("answered").GetInt32());
        using var mentions = Parse(await client.GetStringAsync("/api/mentions?person=witkoff"));
        Assert.Equal(5, mentions.RootElement.GetProperty("total").GetInt32());
    }

    private static JsonDocument Parse(string text)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException e) { throw new Xunit.Sdk.XunitException($"not JSON ({e.Message}): {text[..Math.Min(text.Length, 2000)]}"); }
    }

    private static Process Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A free loopback port (with <paramref name="pairs"/>, one whose next port is free too: a node's gateway).</summary>
    private static int FreePort(bool pairs = false)
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (!pairs || port >= 65534) return port;
            try
            {
                using var next = new TcpListener(IPAddress.Loopback, port + 1);
                next.Start();
                return port;
            }
            catch (SocketException) { }
        }
    }
}
