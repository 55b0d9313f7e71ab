using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Commands;

public static class RelatedCommand
{
    private static readonly Argument<string> Id = new("id") { Description = "The id of an indexed article." };
    private static readonly Option<int> Top = new("--top") { Description = "How many related articles.", DefaultValueFactory = _ => 10 };

    public static Command Create()
    {
        var command = new Command("related", "Articles most like one article: other outlets' reports of the same event first.")
        {
            Id, Top, CommonOptions.Json,
        };
        foreach (var option in FilterOptions.All) command.Options.Add(option);
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var request = new RelatedRequest(result.GetValue(Id)!)
        {
            Count = SearchCommand.InRange(result.GetValue(Top), 1, RelatedRequest.MaxCount, "--top"),
            Filter = FilterOptions.Read(result),
        };
        using var index = CommonOptions.OpenForReading(result);
        var searcher = new NewsSearcher(index);
        var related = searcher.Related(request) ?? throw new UsageException($"no article with id {request.Id} in the index");
        if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(RelatedJson.From(related));
        else RelatedText.Write(related, Console.Out);
        return CliRunner.Ok;
    }
}
