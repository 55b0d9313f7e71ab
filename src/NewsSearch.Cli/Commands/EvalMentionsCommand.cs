using System.CommandLine;
using NewsSearch.Core.Evaluation;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Cli.Commands;

/// <summary><c>eval-mentions SETFILE</c>: the resolver's precision and recall on a labelled set of candidate mentions.</summary>
public static class EvalMentionsCommand
{
    private static readonly Argument<string> SetFile = new("setfile")
        { Description = "A labelled mention set (TSV: person, article, field, start, end, surface, label yes/no, note)." };
    private static readonly Option<string[]> Candidates = new("--candidates")
    {
        Description = "Instead, print every candidate mention of these people (ids) in the index as unlabelled set lines, to label.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Command Create()
    {
        var command = new Command("eval-mentions",
            "Precision and recall of the counted mentions (confirmed + likely) per person on a labelled set, " +
            "and the confusion between resolutions and labels.")
        {
            SetFile, Candidates, PeopleOptions.File,
        };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        using var index = NewsIndex.OpenForSearch(CommonOptions.IndexPath(result));
        var searcher = new MentionSearcher(index, PeopleOptions.Load(result)) { Budget = MentionBudget.Unlimited };
        if (result.GetValue(Candidates) is { Length: > 0 } people)
        {
            Console.WriteLine(MentionSet.Header);
            foreach (var line in MentionSet.Candidates(searcher, people)) Console.WriteLine(line);
            return CliRunner.Ok;
        }
        MentionSet set;
        try { set = MentionSet.Read(result.GetValue(SetFile)!); }
        catch (FormatException e) { throw new UsageException(e.Message); }
        var evaluation = MentionEvaluation.Run(searcher, set);
        Console.WriteLine("person      candidates  mentions  counted  precision  recall");
        foreach (var p in evaluation.People.Append(evaluation.All))
            Console.WriteLine($"{p.Person,-10} {p.Candidates,11} {p.Relevant,9} {p.Counted,8} {p.Precision,10:P1} {p.Recall,7:P1}");
        Console.WriteLine();
        Console.WriteLine("resolution   is the person   is not");
        foreach (var row in MentionEvaluation.Rows)
            Console.WriteLine($"{row,-10} {evaluation.Confusion[row].Yes,15} {evaluation.Confusion[row].No,8}");
        if (evaluation.Unlabelled > 0)
            Console.WriteLine($"\nnote: {evaluation.Unlabelled} candidates found in the index are not in the set; " +
                "rebuild it with --candidates");
        return CliRunner.Ok;
    }
}
