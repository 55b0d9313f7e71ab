using System.Net;
using System.Text.RegularExpressions;
using NewsSearch.Api.Contracts;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>The search page and the headers that keep injected markup from running.</summary>
public sealed partial class PageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_root_serves_a_right_to_left_arabic_page_with_a_search_box()
    {
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("<input id=\"q\" name=\"q\" type=\"search\"", html);
        Assert.Contains("id=\"people-panel\"", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/app.css")]
    [InlineData("/panels.js")]
    public async Task The_page_loads_nothing_from_another_origin(string path)
    {
        var text = await client.GetStringAsync(path);

        Assert.DoesNotMatch(ExternalReference(), text);
        Assert.DoesNotContain("@import", text);
        Assert.DoesNotContain("@font-face", text);
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_handler()
    {
        var html = await client.GetStringAsync("/");

        Assert.Matches("<script type=\"module\" src=\"app.js\"></script>", html);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/search?q=x")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/articles/none")]
    [InlineData("/health")]
    public async Task Every_response_forbids_inline_script(string path)
    {
        var response = await client.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/..%2FProgram.cs")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/wwwroot/index.html")]
    public async Task No_file_outside_the_page_folder_is_served(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("WebApplication", body);
        Assert.DoesNotContain("LogLevel", body);
    }

    [Fact]
    public async Task Markup_stored_in_an_article_comes_back_escaped_in_snippets()
    {
        var results = await (await client.GetAsync($"/api/search?q={Uri.EscapeDataString(XssWord)}")).ReadJson<SearchResponse>();

        var hit = Assert.Single(results.Hits);
        Assert.Equal(XssId, hit.Id);
        var html = Assert.Single(hit.Snippets).Html;
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains($"<mark>{XssWord}</mark>", html);
        Assert.Equal(2, Regex.Count(html, "<"));
        Assert.Contains(TestArticles.XssPayload, hit.Snippets[0].Text);
    }

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
