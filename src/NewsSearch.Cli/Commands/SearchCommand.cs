using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Commands;

public static class SearchCommand
{
    private static readonly Argument<string> Query = new("query")
        { Description = "The query: words, \"exact phrase\", OR, NOT, prefix*, title:word, person:name." };
    private static readonly Option<int> Top = new("--top")
        { Description = "Hits per page.", DefaultValueFactory = _ => SearchRequestReader.DefaultPageSize };
    private static readonly Option<bool> Literal = new("--literal")
    {
        Description = "Take the query as plain text ranked by relevance (any word may match; quotes and OR are text).",
    };
    private static readonly Option<int> Page = new("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Sort = new("--sort")
    {
        Description = $"{SortWords.Relevance}, {SortWords.Date} (newest first) or {SortWords.DateAscending} (oldest first).",
        DefaultValueFactory = _ => SortWords.Relevance,
    };

    private static readonly Option<bool> Csv = new("--csv")
    {
        Description = $"Write the first {ResultsCsv.MaxRows} hits (whatever --page and --top) as CSV for spreadsheets: " +
            "id, date, outlet, title, url, score, snippet; UTF-8 with a byte-order mark.",
    };

    public static Command Create()
    {
        var command = new Command("search", "Search the index (built from the seed articles on first use).")
        {
            Query, Top, Page, Sort, Literal, CommonOptions.Json, Csv, CommonOptions.Marks, PeopleOptions.File, CommonOptions.Cluster,
        };
        foreach (var option in FilterOptions.All) command.Options.Add(option);
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var requested = FilterOptions.Requested(result, result.GetValue(Query)) with
        {
            Page = Text(result.GetValue(Page)),
            Size = Text(result.GetValue(Top)),
            Sort = result.GetValue(Sort),
        };
        var request = FilterOptions.Checked(errors => SearchRequestReader.Read(requested, RequestNames.Cli, errors)) with
        {
            Literal = result.GetValue(Literal),
        };
        var csv = result.GetValue(Csv);
        if (csv && result.GetValue(CommonOptions.Json)) throw new UsageException("--csv and --json cannot be used together");
        var people = PeopleOptions.Load(result);
        if (result.GetValue(CommonOptions.Cluster) is { } cluster)
            return csv
                ? ClusterSearchRun.Csv(cluster, request, people)
                : ClusterSearchRun.Run(cluster, request, people, result.GetValue(CommonOptions.Json), CommonOptions.MarksFormat(result));
        using var index = CommonOptions.OpenForReading(result);
        var searcher = new NewsSearcher(index, people);
        if (csv)
        {
            CsvOutput.Write(searcher.Search(ResultsCsv.Rows(request)));
            return CliRunner.Ok;
        }
        var results = searcher.Search(request);
        if (result.GetValue(CommonOptions.Json)) JsonOutput.Write(SearchJson.From(request, results));
        else SearchText.Write(request, results, Console.Out, CommonOptions.MarksFormat(result));
        return CliRunner.Ok;
    }

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static int InRange(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new UsageException($"{name} must be between {min} and {max}, not {value}");
}
