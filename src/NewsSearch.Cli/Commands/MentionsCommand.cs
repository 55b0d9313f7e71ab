using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Cli.Commands;

public static class MentionsCommand
{
    private static readonly Argument<string> Person = new("person")
    {
        Description = "A person on the people list by id, English or Arabic name or any alias; any other name is searched as written.",
    };

    public static Command Create()
    {
        var command = new Command("mentions", "Every mention of a person in the index, however it is spelled and prefixed.")
        {
            Person, PeopleOptions.File, CommonOptions.Json,
        };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var people = PeopleOptions.Load(result);
        using var index = NewsIndex.OpenForSearch(CommonOptions.IndexPath(result));
        using var searcher = new MentionSearcher(index, people);
        var report = searcher.Mentions(result.GetValue(Person)!);
        if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(MentionsJson.From(report));
        else MentionsText.Write(report, Console.Out, Console.IsOutputRedirected);
        return CliRunner.Ok;
    }
}
