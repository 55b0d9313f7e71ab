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

    private static readonly Option<string?> By = new("--by")
    {
        Description = "Instead of each mention, count them per UTC day and per source (a timeline).",
    };

    private static readonly Option<bool> IncludeDoubtful = new("--include-doubtful")
    {
        Description = "Count doubtful mentions too (a bare surname with no evidence either way).",
    };

    private static readonly Option<bool> ShowExcluded = new("--show-excluded")
    {
        Description = "Also list the mentions left out as someone else (a namesake, a company, the ordinary word), with the reason.",
    };

    private static readonly Option<bool> WithVariants = new("--with-variants")
    {
        Description = "Also count the mentions under spellings of the surname the people list lacks " +
            "(\"also written\"), resolved by the same rules.",
    };

    static MentionsCommand() => By.AcceptOnlyFromAmong("day");

    public static Command Create()
    {
        var command = new Command("mentions", "Every mention of a person in the index, however it is spelled and prefixed.")
        {
            Person, PeopleOptions.File, By, IncludeDoubtful, ShowExcluded, WithVariants, CommonOptions.Json, CommonOptions.Marks,
            CommonOptions.Cluster,
        };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var name = result.GetValue(Person)!;
        var withVariants = result.GetValue(WithVariants);
        MentionReport report;
        TimeSpan took;
        ShardsJson? shards = null;
        var people = PeopleOptions.Load(result);
        if (result.GetValue(CommonOptions.Cluster) is { } cluster)
        {
            var answer = ClusterRun.Ask(cluster, c => c.MentionsAsync(name, withVariants, people));
            (report, took, shards) = (answer.Report, answer.Took, ShardsJson.From(answer.Shards));
        }
        else
        {
            using var index = CommonOptions.OpenForReading(result);
            var searcher = new MentionSearcher(index, people);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            report = searcher.Mentions(name, withVariants);
            took = clock.Elapsed;
        }
        if (result.GetValue(IncludeDoubtful)) report = report.CountingDoubtful();
        var json = result.GetValue(CommonOptions.Json);
        if (result.GetValue(By) is not null)
        {
            var timeline = MentionTimeline.From(report);
            if (json) JsonOutput.Write(MentionTimelineJson.From(report, timeline) with { Shards = shards });
            else MentionTimelineText.Write(report, timeline, Console.Out);
        }
        else if (json) JsonOutput.Write(MentionsJson.From(report) with { Shards = shards });
        else MentionsText.Write(report, Console.Out, CommonOptions.MarksFormat(result), result.GetValue(ShowExcluded), took);
        if (!json && shards is not null) ClusterRun.WriteShards(shards);
        return CliRunner.Ok;
    }
}
