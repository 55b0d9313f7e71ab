using NewsSearch.Cli.Output;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Commands;

/// <summary><c>search … --cluster CONN</c>: the same search over every shard of a cluster, with how many answered.</summary>
internal static class ClusterSearchRun
{
    public static int Run(string store, SearchRequest request, PeopleList people, bool json, SnippetFormat marks)
    {
        var answer = ClusterRun.Ask(store, cluster => cluster.SearchAsync(request, people));
        var shards = ShardsJson.From(answer.Shards);
        if (json) JsonOutput.Write(SearchJson.From(request, answer.Results) with { Shards = shards });
        else
        {
            SearchText.Write(request, answer.Results, Console.Out, marks);
            ClusterRun.WriteShards(shards);
        }
        return CliRunner.Ok;
    }

    /// <summary><c>search … --csv --cluster CONN</c>: the CSV on stdout, how many shards answered on stderr.</summary>
    public static int Csv(string store, SearchRequest request, PeopleList people)
    {
        var answer = ClusterRun.Ask(store, cluster => cluster.SearchAsync(ResultsCsv.Rows(request), people));
        CsvOutput.Write(answer.Results);
        Console.Error.WriteLine(ShardsJson.From(answer.Shards).ToText());
        return CliRunner.Ok;
    }
}
