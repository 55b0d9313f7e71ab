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
    /// <summary>Skipped inputs listed one by one; the rest are only counted (a real feed can have hundreds).</summary>
    private const int SkipsShown = 20;
    private static readonly Option<bool> Rebuild = new("--rebuild") { Description = "Replace the whole index instead of adding to it." };
    private static readonly Option<string?> Cluster = new("--cluster")
    {
        Description = "Write the articles to a cluster's store (a PostgreSQL connection string) instead of the local index.",
    };

    public static Command Create()
    {
        var command = new Command("index", "Add articles to the index (one commit at the end of the run).") { Paths, Rebuild, Cluster };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var paths = result.GetValue(Paths) ?? [];
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            throw new UsageException($"no such file or folder: {missing}");
        if (result.GetValue(Cluster) is { } cluster)
        {
            if (result.GetValue(Rebuild)) throw new UsageException("--rebuild does not apply to a cluster: its shards rebuild themselves from the store");
            return ClusterIndexRun.Run(cluster, paths, SkipsShown);
        }
        using var index = NewsIndex.Open(CommonOptions.IndexPath(result));
        using var progress = new ProgressLine(Console.Error);
        var shown = 0;
        var report = ArticleIndexer.Run(index, paths.Length == 0 ? ArticleReader.ReadSeeds() : ArticleReader.Read(paths), new IndexRunOptions
        {
            Rebuild = result.GetValue(Rebuild),
            OnSkipped = skipped =>
            {
                if (++shown <= SkipsShown) progress.Interrupt($"skipped {skipped}");
            },
            Progress = progress.IsShown ? progress : null,
        });
        progress.Clear();
        if (shown > SkipsShown) Console.Error.WriteLine($"skipped {shown - SkipsShown} more (not shown)");
        if (report.UnparsedDates > 0)
            Console.Error.WriteLine($"{report.UnparsedDates} articles have a date that does not parse (first: \"{report.FirstUnparsedDate}\"); " +
                                    "indexed with the date kept as text");
        Console.WriteLine($"{report} in {report.Elapsed.TotalSeconds:0.0} s → {index.Path}");
        return CliRunner.Ok;
    }
}
