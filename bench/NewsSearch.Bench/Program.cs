using System.CommandLine;
using System.Text.Json;
using NewsSearch.Bench;

var corpus = new Argument<string[]>("corpus") { Description = "Corpus files (.jsonl.gz, .jsonl) or folders.", Arity = ArgumentArity.OneOrMore };
var quick = new Option<bool>("--quick") { Description = "Smoke run: 1× only and a small query mix." };
var scales = new Option<int[]>("--scales") { Description = "Corpus copies to index and search (default 1 2 4).", AllowMultipleArgumentsPerToken = true };
var queries = new Option<int?>("--queries") { Description = "Size of the query mix (default 1200; 240 with --quick)." };
var json = new Option<string?>("--json") { Description = "Where to write the JSON results (default bench/results/bench-<time>.json)." };
var work = new Option<string?>("--work") { Description = "Folder for the benchmark's temporary indexes (default: system temp)." };
var speedRounds = new Option<int?>("--speed-rounds") { Description = "Pairs of stock and NewsSearch runs at 1× for the speed target, which takes their median ratio (default 3); with --peer, the rounds." };
var peer = new Option<bool>("--peer") { Description = "Only the peer comparison: stock Lucene.Net ArabicAnalyzer beside NewsSearch, indexing and a 1,000-query mix (half one or two words, half headlines), 3 rounds." };
var ramBuffer = new Option<double?>("--ram-buffer") { Description = "IndexWriter RAM buffer in MB for every indexing run (default: NewsSearch's own)." };

var root = new RootCommand("NewsSearch benchmark: indexing and search speed, memory, and growth with the corpus.")
{
    corpus, quick, scales, queries, json, work, ramBuffer, speedRounds, peer,
};
root.SetAction(result =>
{
    var paths = result.GetValue(corpus)!;
    if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
    {
        Console.Error.WriteLine($"error: no such file or folder: {missing}");
        return 2;
    }
    var options = result.GetValue(quick) ? BenchOptions.Quick(paths) : new BenchOptions(paths);
    if (result.GetValue(scales) is { Length: > 0 } s) options = options with { Scales = [.. s.Order()] };
    if (result.GetValue(queries) is { } q) options = options with { Queries = q };
    if (result.GetValue(work) is { } w) options = options with { WorkFolder = w };
    if (result.GetValue(ramBuffer) is { } mb) options = options with { RamBufferMB = mb };
    if (result.GetValue(speedRounds) is { } rounds) options = options with { SpeedRounds = Math.Max(1, rounds) };

    var command = "dotnet run -c Release --project bench/NewsSearch.Bench -- " + string.Join(' ', args);
    if (result.GetValue(peer))
    {
        var machine = BenchmarkRun.DescribeMachine();
        var peerOptions = options with { Queries = result.GetValue(queries) ?? 1000 };
        var peerRounds = PeerComparison.Run(peerOptions, result.GetValue(speedRounds) ?? 3, Console.Error);
        var peerResults = new PeerResults(machine, command, paths, peerOptions.Queries, peerOptions.Seed, peerRounds, PeerReport.Targets(peerRounds));
        Console.WriteLine(PeerReport.Render(peerResults));
        return Write(peerResults, result.GetValue(json) ?? ResultsPath.Default(machine.StartedUtc, "peer"));
    }
    var results = BenchmarkRun.Run(options, command, Console.Error);
    Console.WriteLine(MarkdownReport.Render(results));
    return Write(results, result.GetValue(json) ?? ResultsPath.Default(results.Machine.StartedUtc));
});
return root.Parse(args).Invoke();

static int Write<T>(T results, string path)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    File.WriteAllText(path, JsonSerializer.Serialize(results, ResultsPath.JsonOptions));
    Console.Error.WriteLine($"results written to {path}");
    return 0;
}
