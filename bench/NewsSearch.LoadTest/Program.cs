using System.Diagnostics;
using System.Net;
using NewsSearch.Core.Articles;
using NewsSearch.LoadTest;

// API load test: N clients on loopback for a bounded time with a mixed query mix, while a CLI `index` run
// adds a second corpus to the same index and commits. Exit code 0 only when every request got the status it
// expected and the added articles are served after the commit.
if (args.Contains("--hostile")) return await HostileMain(args);
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: newssearch-loadtest BASE.jsonl[.gz] ADDED.jsonl[.gz] [--clients 8] [--seconds 60] [--index-at 10] [--port 5090]");
    return 2;
}
var repo = LoadOptions.RepoRoot();
var work = Directory.CreateTempSubdirectory("newssearch-loadtest-").FullName;
var index = Path.Combine(work, "index");
var report = Console.Out;
try
{
    foreach (var project in (string[])["src/NewsSearch.Api", "src/NewsSearch.Cli"]) Build(repo, project);

    var clock = Stopwatch.StartNew();
    using (var baseRun = ChildProcess.Start(repo, "src/NewsSearch.Cli", Path.Combine(work, "index-base.log"), "index", "--rebuild", "--index", index, options.Base))
    {
        await baseRun.WaitAsync();
        if (baseRun.ExitCode is not (0 or 4)) throw new InvalidOperationException($"indexing the base corpus failed; see {work}/index-base.log");
    }
    Console.Error.WriteLine($"base corpus indexed in {clock.Elapsed.TotalSeconds:0.0} s");

    var mix = LoadQueries.Build(options.Base, 1000, seed: 20261123);
    var added = ArticleReader.Read([options.Added]).Where(o => o.Article is not null).Select(o => o.Article!.Id).ToList();
    string[] marks = [added[0], added[added.Count / 2], added[^1]];

    using var api = ChildProcess.Start(repo, "src/NewsSearch.Api", Path.Combine(work, "api.log"), "--urls", $"http://127.0.0.1:{options.Port}", "--index", index);
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"),
        Timeout = TimeSpan.FromSeconds(30),
    };
    await WaitForHealth(http, api);
    var before = await Task.WhenAll(marks.Select(id => LoadRun.Status(http, "/api/articles/" + Uri.EscapeDataString(id))));

    var run = new LoadRun(http, mix);
    using var stop = new CancellationTokenSource();
    var load = run.Run(options.Clients, stop.Token);
    var started = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(options.IndexAt));

    run.Phase = Phase.DuringIndexRun;
    var indexClock = Stopwatch.StartNew();
    int indexExit;
    using (var addRun = ChildProcess.Start(repo, "src/NewsSearch.Cli", Path.Combine(work, "index-added.log"), "index", "--index", index, options.Added))
    {
        await addRun.WaitAsync();
        indexExit = addRun.ExitCode;
    }
    var indexSeconds = indexClock.Elapsed.TotalSeconds;
    run.Phase = Phase.AfterCommit;
    var after = await Task.WhenAll(marks.Select(id => LoadRun.Status(http, "/api/articles/" + Uri.EscapeDataString(id))));

    var remaining = TimeSpan.FromSeconds(Math.Max(options.Seconds - started.Elapsed.TotalSeconds, 5));
    await Task.Delay(remaining);
    stop.Cancel();
    await load;
    var seconds = started.Elapsed.TotalSeconds;

    // Exit code 4: indexed, but some lines of the corpus were skipped (it has articles without a body).
    var visible = before.All(s => s == HttpStatusCode.NotFound) && after.All(s => s == HttpStatusCode.OK) && indexExit is 0 or 4;
    LoadReport.Write(report, options, run, seconds, indexSeconds, indexExit, added.Count, before, after);
    foreach (var line in run.Unexpected.Take(10)) Console.Error.WriteLine("unexpected: " + line);
    return run.Unexpected.IsEmpty && visible ? 0 : 1;
}
finally
{
    Directory.Delete(work, recursive: true);
}

// --hostile N CORPUS [--index DIR] [--clients 4] [--port 5091]: N generated requests (HostileRequests) against an
// index of CORPUS (DIR if given, else built into a temporary folder); exit 0 only when HostileLoad.Passed.
static async Task<int> HostileMain(string[] args)
{
    string? Value(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    var count = int.TryParse(Value("--hostile"), out var n) && n > 0 ? n : 12_000;
    var clients = int.TryParse(Value("--clients"), out var c) && c > 0 ? c : 4;
    var port = int.TryParse(Value("--port"), out var p) && p > 0 ? p : 5091;
    var corpus = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
    if (corpus is null || !File.Exists(corpus))
    {
        Console.Error.WriteLine("usage: newssearch-loadtest --hostile 12000 CORPUS.jsonl[.gz] [--index DIR] [--clients 4] [--port 5091]");
        return 2;
    }
    var repo = LoadOptions.RepoRoot();
    var work = Directory.CreateTempSubdirectory("newssearch-hostile-").FullName;
    try
    {
        Build(repo, "src/NewsSearch.Api");
        var index = Value("--index") ?? Path.Combine(work, "index");
        if (Value("--index") is null)
        {
            Build(repo, "src/NewsSearch.Cli");
            using var indexRun = ChildProcess.Start(repo, "src/NewsSearch.Cli", Path.Combine(work, "index.log"), "index", "--rebuild", "--index", index, corpus);
            await indexRun.WaitAsync();
            if (indexRun.ExitCode is not (0 or 4)) throw new InvalidOperationException($"indexing failed; see {work}/index.log");
        }
        var requests = HostileRequests.Build(corpus, count, seed: 20261207);
        var dll = Path.Combine(repo, "src/NewsSearch.Api/bin/Release/net10.0/NewsSearch.Api.dll");
        using var api = ChildProcess.StartBuilt(repo, dll, Path.Combine(work, "api.log"), "--urls", $"http://127.0.0.1:{port}", "--index", index);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        await WaitForHealth(http, api);
        using var stop = new CancellationTokenSource();
        var memory = HostileLoad.WatchMemory(api.Id, stop.Token);
        var load = new HostileLoad(http, requests, [index, repo, work, Path.GetTempPath()]);
        var clock = Stopwatch.StartNew();
        await load.Run(clients);
        var seconds = clock.Elapsed.TotalSeconds;
        stop.Cancel();
        var used = await memory;
        load.Report(Console.Out, clients, seconds, used);
        foreach (var r in load.Results.Where(r => r.Leak is not null || (r.Status >= 500 && r.Status != 503) || r.Ms > HostileLoad.MaxSeconds * 1000).Take(10))
            Console.Error.WriteLine($"failed: {r.Kind} {r.Status} {r.Ms:0} ms {r.Leak}");
        return load.Passed(used) ? 0 : 1;
    }
    finally
    {
        Directory.Delete(work, recursive: true);
    }
}

static void Build(string repo, string project)
{
    var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repo, project)])
        { RedirectStandardOutput = true, WorkingDirectory = repo })!;
    var output = build.StandardOutput.ReadToEnd();
    build.WaitForExit();
    if (build.ExitCode != 0) throw new InvalidOperationException($"building {project} failed:\n{output}");
}

static async Task WaitForHealth(HttpClient http, ChildProcess api)
{
    for (var i = 0; i < 600; i++)
    {
        if (api.HasExited) throw new InvalidOperationException("the API exited at startup");
        try
        {
            if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
        }
        catch (HttpRequestException)
        {
            // not listening yet
        }
        await Task.Delay(100);
    }
    throw new TimeoutException("the API did not become healthy within 60 s");
}
