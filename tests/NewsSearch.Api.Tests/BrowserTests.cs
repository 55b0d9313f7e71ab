using System.Net;
using System.Text.RegularExpressions;
using NewsSearch.Api.Tests.Support;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The search page in a real browser: headless Chromium loads it from the API on a loopback port.
/// Skipped, saying why, where chromium is not installed, except on CI (CI=true), where that is a failure:
/// .ci/run installs it.
/// </summary>
public sealed class BrowserTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "browser");

    [SkippableFact]
    public async Task A_shared_search_link_shows_results_with_marked_names()
    {
        RequireChromium();
        var page = Page($"/?q={Uri.EscapeDataString(SeedName)}");

        var dom = await HeadlessChromium.DumpDom(page);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", dom);
        Assert.Contains("data-state=\"results\"", dom);
        Assert.Equal(SeedNameHits, Regex.Count(ResultList(dom), "<li class=\"hit\">"));
        Assert.Contains($"<mark>{SeedName}</mark>", ResultList(dom));
        Assert.Contains($"<title>{SeedName} — بحث الأخبار</title>", dom);
    }

    [SkippableTheory]
    [InlineData("search-witkoff.png", SeedName, 1)]
    [InlineData("search-paging.png", PagingWord, 2)]
    [InlineData("search-error.png", "\"" + SeedName, 1)]
    public async Task Screenshots_are_saved_for_a_person_to_look_at(string file, string query, int page)
    {
        RequireChromium();
        Directory.CreateDirectory(ScreenshotFolder);
        var png = Path.Combine(ScreenshotFolder, file);
        File.Delete(png);

        await HeadlessChromium.Screenshot(Page($"/?q={Uri.EscapeDataString(query)}&page={page}"), png);

        Assert.True(new FileInfo(png).Length > 10_000, $"screenshot {png} is missing or blank");
    }

    [SkippableFact]
    public async Task A_malformed_query_shows_the_error_on_the_page()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString("\"" + SeedName)}"));

        Assert.Contains("data-state=\"error\"", dom);
        Assert.Contains("<ol id=\"results\"", dom);
        Assert.Matches("<p id=\"error\" class=\"error\" role=\"alert\">[^<]+<bdi>malformed query: a quote is not closed</bdi></p>", dom);
        Assert.Empty(ResultList(dom));
    }

    [SkippableFact]
    public async Task Markup_stored_in_an_article_renders_as_text()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString(XssWord)}"));

        Assert.Contains("data-state=\"results\"", dom);
        Assert.Contains(WebUtility.HtmlEncode(XssPayload), dom);
        Assert.Contains("&lt;script&gt;alert('title')&lt;/script&gt;", dom);
        Assert.DoesNotContain("<img", dom);
        Assert.Equal(1, Regex.Count(dom, "<script"));
    }

    /// <summary>The rendered hits: the inside of the results list (the hit template elsewhere in the DOM is not shown).</summary>
    private static string ResultList(string dom) =>
        Regex.Match(dom, "<ol id=\"results\"[^>]*>(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;

    private Uri Page(string pathAndQuery) => new(factory.BaseAddress, pathAndQuery);

    private static void RequireChromium()
    {
        if (HeadlessChromium.Executable is not null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("chromium is not installed, but CI must run the browser tests (.ci/run installs Debian's chromium)");
        Skip.If(true, "chromium is not installed (apt-get install chromium); browser test skipped");
    }
}
