using System.Net;
using System.Text.Json;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

public sealed class OpenApiAndHealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var search = paths.GetProperty("/api/search").GetProperty("get");
        Assert.Equal(["q", "page", "size", "source", "from", "to", "sort"],
            search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/articles/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/api/articles/{id}/related").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
        Assert.Equal("person", paths.GetProperty("/api/mentions").GetProperty("get").GetProperty("parameters")[0].GetProperty("name").GetString());
        Assert.True(paths.TryGetProperty("/api/people", out _));
    }

    [Fact]
    public async Task The_openapi_document_says_what_a_linter_asks_and_describes_the_new_endpoints()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        Assert.Equal(JsonValueKind.Object, Assert.Single(root.GetProperty("security").EnumerateArray()).ValueKind);
        if (root.TryGetProperty("servers", out var servers))
            Assert.All(servers.EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.All(root.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("description").GetString())));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        var paths = root.GetProperty("paths");
        foreach (var path in paths.EnumerateObject())
            foreach (var operation in path.Value.EnumerateObject())
                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4')),
                    $"{operation.Name} {path.Name} has no 4XX response");
        Assert.True(paths.GetProperty("/api/search").TryGetProperty("post", out var post));
        Assert.True(post.TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/search.csv").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").TryGetProperty("text/csv", out _));
    }

    /// <summary>
    /// Redocly's linter with its recommended rules, pinned, fetched by <c>npx</c> from the npm registry. Skipped,
    /// saying why, where <c>npx</c> is missing or the registry cannot be reached.
    /// </summary>
    [SkippableFact]
    public async Task The_openapi_document_passes_redocly_lint_with_the_recommended_rules()
    {
        var npx = new[] { "/usr/bin/npx", "/usr/local/bin/npx" }.FirstOrDefault(File.Exists);
        Skip.If(npx is null, "npx is not installed: lint by hand with npx @redocly/cli@2.77.0 lint openapi.json");
        var folder = Directory.CreateTempSubdirectory("newssearch-openapi-");
        try
        {
            var file = Path.Combine(folder.FullName, "openapi.json");
            // Asked as a deployed API is (by its address): the test host's "localhost" server would be a lint warning of its own.
            var deployed = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1:5080") });
            await File.WriteAllTextAsync(file, await deployed.GetStringAsync("/openapi/v1.json"));
            var start = new System.Diagnostics.ProcessStartInfo(npx!, ["-y", "@redocly/cli@2.77.0", "lint", file, "--format=summary"])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.FullName,
            };
            using var lint = System.Diagnostics.Process.Start(start)!;
            var output = lint.StandardOutput.ReadToEndAsync();
            var errors = lint.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await lint.WaitForExitAsync(timeout.Token);
            var said = await output + await errors;
            Skip.If(lint.ExitCode != 0 && !said.Contains("validating"), $"Redocly could not be fetched: {said.Trim()}");
            Assert.True(lint.ExitCode == 0, said);
            Assert.Contains("Your API description is valid", said);
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(said, @"(?m)^(warning|error)\s|You have \d+ warning"), said);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Health_is_healthy_over_a_readable_index()
    {
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
