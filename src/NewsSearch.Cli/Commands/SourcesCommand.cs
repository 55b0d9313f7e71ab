using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Commands;

public static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Every outlet in the index (the names --source takes), with article counts and date ranges.")
        {
            CommonOptions.Json,
        };
        command.SetAction(result => CliRunner.Guard(() =>
        {
            using var index = CommonOptions.OpenForReading(result);
            var sources = new NewsSearcher(index).Sources();
            if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(sources);
            else SourceText.Write(sources, Console.Out);
            return CliRunner.Ok;
        }));
        return command;
    }
}
