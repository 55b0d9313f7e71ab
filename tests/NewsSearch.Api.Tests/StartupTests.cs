using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>The built API started as the README says, as its own process: <c>--index</c> and <c>--urls</c> on loopback.</summary>
public sealed partial class StartupTests : IDisposable
{
    private static readonly string ApiDll = Path.Combine(AppContext.BaseDirectory, "NewsSearch.Api.dll");
    private readonly TestIndex index = TestIndex.Create(TestArticles.All);

    [Fact]
    public async Task Serves_the_index_given_by_the_index_option_on_loopback_and_nothing_else()
    {
        using var running = Start("--index", index.Path, "--urls", "http://127.0.0.1:0");
        var address = await ListeningAddress(running.Process);
        using var client = new HttpClient { BaseAddress = address };

        var results = await client.GetFromJsonAsync<SearchResponse>($"/api/search?q={Uri.EscapeDataString(XssWord)}", ApiFactory.Json);

        Assert.Equal("127.0.0.1", address.Host);
        Assert.Equal(XssId, Assert.Single(results!.Hits).Id);
        foreach (var letter in new[] { '中', 'ب' })
        {
            var longest = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(new string(letter, 1000))}&sort=date");
            Assert.Equal(System.Net.HttpStatusCode.OK, longest.StatusCode);
        }
        // Over the limit, even several times over, the API's own check answers with a problem, never Kestrel's bare 414.
        foreach (var tooLongQuery in new[] { new string('ب', 1001), new string('中', 5000) })
        {
            var tooLong = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(tooLongQuery)}");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
            Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
            Assert.Contains("longer than 1000", await tooLong.Content.ReadAsStringAsync());
        }
        foreach (var path in new[] { "/api/articles/..%2F..%2Fetc%2Fpasswd", "/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/..%2Fappsettings.json" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Serves_the_page_and_its_assets_when_started_from_another_working_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("newssearch-cwd-");
        try
        {
            using var running = StartIn(elsewhere.FullName, "--index", index.Path, "--urls", "http://127.0.0.1:0");
            using var client = new HttpClient { BaseAddress = await ListeningAddress(running.Process) };

            var page = await client.GetAsync("/");
            var script = await client.GetAsync("/app.js");

            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", await page.Content.ReadAsStringAsync());
            Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_index_path_that_cannot_be_opened_stops_it_with_one_line_and_exit_code_1()
    {
        var file = Path.Combine(index.Path, "not-a-folder");
        await File.WriteAllTextAsync(file, "");
        using var running = Start("--index", file, "--urls", "http://127.0.0.1:0");
        var api = running.Process;

        var output = await api.StandardOutput.ReadToEndAsync() + await api.StandardError.ReadToEndAsync();
        await api.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(1, api.ExitCode);
        Assert.Contains("cannot open the index:", output);
        Assert.DoesNotContain(" at ", output);
    }

    [Fact]
    public async Task An_index_option_naming_a_folder_with_no_index_stops_it_naming_the_command_that_creates_one()
    {
        var typo = Path.Combine(index.Path + "-typo", "sns-indx");
        using var running = Start("--index", typo, "--urls", "http://127.0.0.1:0");
        var api = running.Process;

        var output = await api.StandardOutput.ReadToEndAsync() + await api.StandardError.ReadToEndAsync();
        await api.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.Equal(1, api.ExitCode);
        Assert.Contains($"cannot open the index: no index in {typo}: create one with `newssearch index --index {typo} FILES...`", output);
        Assert.False(Directory.Exists(typo));
    }

    private static ApiProcess Start(params string[] args) => StartIn(Environment.CurrentDirectory, args);

    /// <summary>Runs the built API as a service manager would: <c>dotnet NewsSearch.Api.dll</c> from the given working folder.</summary>
    private static ApiProcess StartIn(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingFolder,
        };
        start.ArgumentList.Add(ApiDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new ApiProcess(Process.Start(start)!);
    }

    /// <summary>Ends the process this test started, whatever the test's outcome.</summary>
    private sealed class ApiProcess(Process process) : IDisposable
    {
        public Process Process { get; } = process;

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
            Process.Dispose();
        }
    }

    private static async Task<Uri> ListeningAddress(Process api)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await api.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (ListeningOn().Match(line) is { Success: true } match) return new Uri(match.Groups[1].Value);
        throw new InvalidOperationException($"the API exited with {api.ExitCode} before listening");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    public void Dispose() => index.Dispose();
}
