using System.Diagnostics;
using System.Text.Json;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The CLI's <c>search --json</c> and the API's <c>/api/search</c> echo one request in the same words: query, page,
/// size, sort and the filters applied, because both read it with the one <c>SearchRequestReader</c>.
/// </summary>
public sealed class RequestEchoTests(DatedApiFactory factory) : IClassFixture<DatedApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("relevance")]
    [InlineData("date")]
    [InlineData("date-asc")]
    public async Task Cli_json_and_api_json_echo_the_same_request(string sort)
    {
        var query = DatedArticles.Word + " source:okaz";
        var api = await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}&page=2&size=1&sort={sort}" +
            "&source=aawsat,alriyadh&from=2015-07-21&to=2015-07-23");
        var cli = RunCli(factory.Index.Path, "search", query, "--page", "2", "--top", "1", "--sort", sort,
            "--source", "aawsat", "--source", "alriyadh", "--from", "2015-07-21", "--to", "2015-07-23", "--json");

        var fromApi = Echo(api, "filter");
        Assert.Equal(fromApi, Echo(cli, "filters"));
        Assert.Equal($"{query} 2 1 {sort} aawsat,alriyadh,okaz 2015-07-21 2015-07-23", fromApi);
    }

    /// <summary>The request as the answer echoes it, in one line.</summary>
    private static string Echo(string json, string filterName)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var filter = root.GetProperty(filterName);
        var sources = filter.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal);
        return $"{root.GetProperty("query").GetString()} {root.GetProperty("page").GetInt32()} {root.GetProperty("size").GetInt32()} " +
            $"{root.GetProperty("sort").GetString()} {string.Join(",", sources)} {filter.GetProperty("from").GetString()} " +
            $"{filter.GetProperty("to").GetString()}";
    }

    private static string RunCli(string indexPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newssearch.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NEWSSEARCH_INDEX"] = indexPath;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        Assert.True(process.ExitCode == 0, stderr);
        return stdout.Result;
    }
}
