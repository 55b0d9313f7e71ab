using System.Net;
using System.Text.RegularExpressions;
using NewsSearch.Api.Tests.Support;
using NewsSearch.Testing;
using static NewsSearch.Api.Tests.Support.TestArticles;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The search page's DOM as a browser leaves it for a shared link: headless Chromium (<c>--dump-dom</c>) loads it
/// from the API on a loopback port. What a person does on the page is in <see cref="PageInteractionTests"/>.
/// Skipped, saying why, where chromium is not installed, except on CI (CI=true), where that is a failure:
/// .ci/run installs it.
/// </summary>
public sealed class BrowserTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
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

    [SkippableFact]
    public async Task A_person_link_lists_the_people_and_shows_the_marked_mentions_grouped_by_article()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page("/?person=witkoff"));

        Assert.Contains("data-state=\"mentions\"", dom);
        var people = Regex.Match(dom, "<aside id=\"people-panel\"[^>]*>(.*?)</aside>", RegexOptions.Singleline).Groups[1].Value;
        foreach (var id in new[] { "witkoff", "kushner", "umerov", "hnatov", "putin", "trump", "ushakov" })
            Assert.Contains($"data-person=\"{id}\"", people);
        var mentions = Regex.Match(dom, "<ol class=\"results\" id=\"mentions\"[^>]*>(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(2, Regex.Count(mentions, "<li class=\"hit\">"));
        Assert.Equal(7, Regex.Count(mentions, "<mark>"));
        Assert.Contains("<mark>وويتكوف</mark>", mentions);
    }

    [SkippableFact]
    public async Task Doubtful_mentions_are_listed_apart_greyed_with_the_reason_on_hover()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page("/?person=kushner"));

        var doubtful = Regex.Match(dom, "<ol class=\"results\" id=\"doubtful-mentions\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(1, Regex.Count(doubtful, "<li class=\"hit\">"));
        Assert.Matches("<p class=\"snippet doubtful\" title=\"surname alone; nothing in the article says it is Jared Kushner\">", doubtful);
        var counted = Regex.Match(dom, "<ol class=\"results\" id=\"mentions\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("snippet doubtful", counted);
        Assert.DoesNotContain("كوشنير", dom);
    }

    [SkippableFact]
    public async Task A_person_s_timeline_has_a_bar_per_day_with_empty_days_filled()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page("/?person=zarif"));

        Assert.Contains("data-state=\"mentions\"", dom);
        Assert.Equal(["2015-07-21:2", "2015-07-22:0", "2015-07-23:1"],
            Regex.Matches(dom, "data-day=\"([0-9-]+)\" data-count=\"(\\d+)\"").Select(m => $"{m.Groups[1]}:{m.Groups[2]}"));
    }

    [SkippableFact]
    public async Task Search_results_show_a_day_chart_and_a_source_list_that_reflects_the_url_filter()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString(DatedArticles.Word)}&source=okaz"));

        Assert.Contains("data-state=\"results\"", dom);
        Assert.Equal(2, Regex.Count(ResultList(dom), "<li class=\"hit\">"));
        var facets = Regex.Match(dom, "<aside id=\"facets-panel\"[^>]*>(.*?)</aside>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["2015-07-21:1", "2015-07-22:0", "2015-07-23:1"],
            Regex.Matches(facets, "data-day=\"([0-9-]+)\" data-count=\"(\\d+)\"").Select(m => $"{m.Groups[1]}:{m.Groups[2]}"));
        Assert.Matches("aria-pressed=\"true\" data-source=\"okaz\"><bdi class=\"outlet\" title=\"Okaz\">عكاظ</bdi>", facets);
        Assert.Matches("aria-pressed=\"false\" data-source=\"alriyadh\"><bdi class=\"outlet\" title=\"Al Riyadh\">الرياض</bdi>", facets);
    }

    [SkippableFact]
    public async Task Words_no_article_holds_together_show_the_partial_results_and_say_so()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString(SeedName + " زرافة")}"));

        Assert.Contains("data-state=\"results\"", dom);
        Assert.Matches("<p id=\"summary\" class=\"summary\">لا مقالة فيها كل الكلمات؛ هذه مقالات فيها بعضها. عدد النتائج: ", dom);
        Assert.Contains("<mark>" + SeedName + "</mark>", dom);
    }

    [SkippableFact]
    public async Task Articles_with_some_of_the_words_follow_those_with_all_of_them_under_a_divider()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString("ميامي بيزيميني")}"));

        var items = Regex.Matches(ResultList(dom), "<li class=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["hit", "partial-divider", "hit"], items);
        Assert.Contains("role=\"separator\" aria-label=\"مقالات فيها بعض الكلمات\">مقالات فيها بعض الكلمات</li>", dom);
        Assert.Matches("<p id=\"summary\" class=\"summary\">عدد النتائج: [^،<]+، وبعدها [^ <]+ فيها بعض الكلمات", dom);
    }

    [SkippableFact]
    public async Task A_search_that_finds_nothing_offers_the_suggested_searches_as_links()
    {
        RequireChromium();

        var person = await HeadlessChromium.DumpDom(Page("/?q=Witkoff"));
        var spelling = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString(SeedName + "ف")}"));
        var pastTheEnd = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString(PagingWord)}&page=9"));

        Assert.Contains("<a href=\"/?q=person%3Awitkoff\" data-nav=\"\" class=\"suggestion\">person:witkoff</a>", person);
        Assert.Contains($"<a href=\"/?q={Uri.EscapeDataString(SeedName)}\" data-nav=\"\" class=\"suggestion\">{SeedName}</a>", spelling);
        Assert.Matches("آخر صفحة هي <a href=\"/\\?q=[^\"]+&amp;page=3\" data-nav=\"\" class=\"suggestion\">[3٣]</a>", pastTheEnd);
    }

    [SkippableFact]
    public async Task An_article_without_a_title_is_headed_by_its_lead_marked_as_such()
    {
        RequireChromium();

        var dom = await HeadlessChromium.DumpDom(Page($"/?q={Uri.EscapeDataString("مأدبة")}"));

        Assert.Contains("class=\"lead-title\"><span class=\"lead-label\">بلا عنوان — </span>الوزير يقيم مأدبة غداء لنظيره.</a></h2>", ResultList(dom));
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

    internal static void RequireChromium()
    {
        if (HeadlessChromium.Executable is not null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.Fail("chromium is not installed, but CI must run the browser tests (.ci/run installs Debian's chromium)");
        const string reason = "chromium is not installed (apt-get install chromium, or set CHROMIUM to its path): browser tests skipped";
        SkipReasons.Record(reason);
        Skip.If(true, reason);
    }
}
