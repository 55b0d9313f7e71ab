using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Cli.Commands;

public static class VariantsCommand
{
    private static readonly Argument<string> Name = new("name")
        { Description = "A name as written in Arabic, or a person on the people list." };
    private static readonly Option<int> Top = new("--top")
    {
        Description = "How many spellings to list at most.", DefaultValueFactory = _ => MentionSearcher.DefaultMaxVariants,
    };

    public static Command Create()
    {
        var command = new Command("variants",
            "Spellings in the index close to a name (transliteration swaps, clitic prefixes), to add to a people file.")
        {
            Name, Top, PeopleOptions.File, CommonOptions.Json, CommonOptions.Marks,
        };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var top = SearchCommand.InRange(result.GetValue(Top), 1, 1000, "--top");
        var people = PeopleOptions.Load(result);
        using var index = CommonOptions.OpenForReading(result);
        var searcher = new MentionSearcher(index, people);
        var report = searcher.Variants(result.GetValue(Name)!, top);
        if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(VariantsJson.From(report));
        else VariantsText.Write(report, Console.Out, CommonOptions.MarksFormat(result));
        return CliRunner.Ok;
    }
}
