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
            Id, Top, CommonOptions.Json, CommonOptions.Cluster,
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
        RelatedResults? related;
        ShardsJson? shards = null;
        if (result.GetValue(CommonOptions.Cluster) is { } cluster)
        {
            var answer = ClusterRun.Ask(cluster, c => c.RelatedAsync(request));
            (related, shards) = (answer?.Results, answer is null ? null : ShardsJson.From(answer.Shards));
        }
        else
        {
            using var index = CommonOptions.OpenForReading(result);
            related = new NewsSearcher(index).Related(request);
        }
        if (related is null) throw new UsageException($"no article with id {request.Id} " +
            $"in the {(result.GetValue(CommonOptions.Cluster) is null ? "index" : "cluster")}");
        if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(RelatedJson.From(related) with { Shards = shards });
        else
        {
            RelatedText.Write(related, Console.Out);
            if (shards is not null) ClusterRun.WriteShards(shards);
        }
        return CliRunner.Ok;
    }
}
