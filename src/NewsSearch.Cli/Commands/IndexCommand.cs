using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Cli.Commands;

public static class IndexCommand
{
    private static readonly Argument<string[]> Paths = new("path")
    {
        Description = "Folders of .txt articles and .jsonl / .jsonl.gz files (default: the seed articles).",
        Arity = ArgumentArity.ZeroOrMore,
    };
    private static readonly Option<bool> Rebuild = new("--rebuild") { Description = "Replace the whole index instead of adding to it." };
    private static readonly Option<string?> Cluster = new("--cluster")
    {
        Description = "Write the articles to a cluster's store (a PostgreSQL connection string) instead of the local index.",
    };
    private static readonly Option<string?> SkippedFile = new("--skipped")
    {
        Description = "Write every skipped or repaired input to this file, one 'file:line: reason' a line.",
        HelpName = "FILE",
    };

    public static Command Create()
    {
        var command = new Command("index",
            "Add articles to the index (one commit at the end of the run). " +
            $"Exit code {CliRunner.InputSkipped}: indexed, but some input was skipped.") { Paths, Rebuild, Cluster, SkippedFile };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var paths = result.GetValue(Paths) ?? [];
        if (paths.Length > 0 && paths.All(p => !File.Exists(p) && !Directory.Exists(p)))
            throw new UsageException($"no such file or folder: {paths[0]}");
        if (result.GetValue(Cluster) is not null && result.GetValue(Rebuild))
            throw new UsageException("--rebuild does not apply to a cluster: its shards rebuild themselves from the store");
        // Sizing the input walks its folders once more: only worth it for a progress line someone sees.
        var meter = paths.Length == 0 || Console.IsErrorRedirected ? null : ReadMeter.For(paths);
        var input = paths.Length == 0 ? ArticleReader.ReadSeeds() : ArticleReader.Read(paths, meter);
        using var log = new SkippedInputLog(result.GetValue(SkippedFile));
        if (result.GetValue(Cluster) is { } cluster) ClusterIndexRun.Run(cluster, input, log);
        else RunLocal(result, input, meter, log);
        return log.Skipped > 0 ? CliRunner.InputSkipped : CliRunner.Ok;
    }

    private static void RunLocal(ParseResult result, IEnumerable<ReadOutcome> input, ReadMeter? meter, SkippedInputLog log)
    {
        using var index = NewsIndex.Open(CommonOptions.IndexPath(result));
        using var progress = new ProgressLine(Console.Error, meter);
        log.Show = progress.Interrupt;
        var report = ArticleIndexer.Run(index, input, new IndexRunOptions
        {
            Rebuild = result.GetValue(Rebuild),
            OnSkipped = log.OnSkipped,
            OnRepaired = log.OnRepaired,
            Progress = progress.IsShown ? progress : null,
        });
        progress.Clear();
        log.WriteSummary(Console.Error);
        if (report.UnparsedDates > 0)
            Console.Error.WriteLine($"{report.UnparsedDates} articles have a date that does not parse " +
                $"(first: \"{report.FirstUnparsedDate}\"); " +
                                    "indexed with the date kept as text");
        Console.WriteLine($"{report} in {report.Elapsed.TotalSeconds:0.0} s → {index.Path}");
    }
}
