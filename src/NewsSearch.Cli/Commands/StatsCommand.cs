using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Cli.Commands;

public static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Articles, distinct terms and size on disk of the index.") { CommonOptions.Json };
        command.SetAction(result => CliRunner.Guard(() =>
        {
            using var index = CommonOptions.OpenForReading(result);
            var stats = index.Stats();
            if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(stats);
            else
                Console.WriteLine($"index        {index.Path}\narticles     {stats.Articles}\nterms        {stats.Terms}\n" +
                                  $"size on disk {stats.BytesOnDisk / 1024.0:0.0} KiB\nanalysis     version {stats.AnalysisVersion}");
            return CliRunner.Ok;
        }));
        return command;
    }
}
