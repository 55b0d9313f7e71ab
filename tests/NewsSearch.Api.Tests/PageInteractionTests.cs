using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsSearch.Api.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The page used as a person uses it, in Debian's chromium driven by Playwright: typing, clicking, choosing,
/// going back and forward, and the keyboard alone. Each state is saved as a screenshot under the test output's
/// <c>browser/</c> folder for a person to look at. Skipped where chromium is missing, except on CI.
/// </summary>
public sealed class PageInteractionTests(KestrelApiFactory factory, PlaywrightBrowser browser)
    : IClassFixture<KestrelApiFactory>, IClassFixture<PlaywrightBrowser>
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "browser");
    private const string Zarif = DatedArticles.Name, Agreement = DatedArticles.Word;

    private async Task<IPage> Open(string pathAndQuery = "/")
    {
        BrowserTests.RequireChromium();
        var page = await browser.NewPage();
        await page.GotoAsync(new Uri(factory.BaseAddress, pathAndQuery).AbsoluteUri);
        await Expect(page.Locator("body:not([data-state='loading'])[data-state]")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });
    }

    private static ILocator Hits(IPage page) => page.Locator("#results > li.hit");

    private static Task<IReadOnlyList<string>> HitTitles(IPage page) => page.Locator("#results > li.hit .title").AllInnerTextsAsync();

    private static Regex Url(string pattern) => new(pattern);

    [SkippableFact]
    public async Task A_reader_types_a_query_picks_an_outlet_sorts_narrows_the_dates_and_goes_back_and_forward()
    {
        var page = await Open();
        await Expect(page.Locator("#start-view .facts")).ToContainTextAsync("مقال");
        await Screenshot(page, "01-start.png");

        await page.Locator("#q").FillAsync(Agreement);
        await page.Locator("#q").PressAsync("Enter");
        await Expect(Hits(page)).ToHaveCountAsync(7);
        await Expect(page).ToHaveURLAsync(Url($"\\?q={Regex.Escape(Uri.EscapeDataString(Agreement))}$"));
        await Screenshot(page, "02-results.png");

        await page.Locator("#facets-panel button.source[data-source='okaz']").ClickAsync();
        await Expect(Hits(page)).ToHaveCountAsync(2);
        await Expect(page).ToHaveURLAsync(Url("&source=okaz$"));
        await Expect(page.Locator("#facets-panel button.source[data-source='okaz']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#facets-panel button.source[data-source='okaz'] bdi")).ToHaveTextAsync("عكاظ");
        await Expect(page.Locator("#results .meta bdi.outlet").First).ToHaveTextAsync("عكاظ");
        await Screenshot(page, "03-outlet.png");

        await page.Locator("#sort").SelectOptionAsync("date-asc");
        await Expect(page).ToHaveURLAsync(Url("sort=date-asc"));
        await Expect(page.Locator("#results > li.hit .title").First).ToHaveTextAsync("مجلس الأمن والاتفاق");
        await page.Locator("#sort").SelectOptionAsync("date");
        await Expect(page.Locator("#results > li.hit .title").First).ToHaveTextAsync("الكونغرس والاتفاق");

        await page.Locator("#from").FillAsync("2015-07-22");
        await Expect(page).ToHaveURLAsync(Url("from=2015-07-22"));
        await Expect(Hits(page)).ToHaveCountAsync(1);
        await Expect(page.Locator("#summary")).ToContainTextAsync("1");
        await Screenshot(page, "04-sorted-and-dated.png");

        await page.GoBackAsync();
        await Expect(page.Locator("#from")).ToHaveValueAsync("");
        await Expect(Hits(page)).ToHaveCountAsync(2);
        Assert.Equal(["الكونغرس والاتفاق", "مجلس الأمن والاتفاق"], await HitTitles(page));
        await page.GoBackAsync();
        await Expect(page.Locator("#sort")).ToHaveValueAsync("date-asc");
        await page.GoBackAsync();
        await page.GoBackAsync();
        await Expect(Hits(page)).ToHaveCountAsync(7);
        await Expect(page.Locator("#facets-panel button.source[aria-pressed='true']")).ToHaveCountAsync(0);
        await page.GoForwardAsync();
        await Expect(Hits(page)).ToHaveCountAsync(2);
        await Expect(page.Locator("#sort")).ToHaveValueAsync("relevance");
    }

    [SkippableFact]
    public async Task Paging_forward_and_back_and_a_bigger_page_follow_the_url()
    {
        var page = await Open($"/?q={Uri.EscapeDataString(TestArticles.PagingWord)}");
        await Expect(Hits(page)).ToHaveCountAsync(10);

        await page.Locator("#next").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("page=2$"));
        await Expect(page.Locator("#results")).ToHaveAttributeAsync("start", "11");
        await Expect(page.Locator("#page-info")).ToContainTextAsync("الصفحة");
        await Screenshot(page, "05-page-2.png");
        await page.Locator("#next").ClickAsync();
        await Expect(Hits(page)).ToHaveCountAsync(5);
        await Expect(page.Locator("#next")).ToBeDisabledAsync();

        await page.GoBackAsync();
        await Expect(page.Locator("#results")).ToHaveAttributeAsync("start", "11");
        await page.Locator("#prev").ClickAsync();
        await Expect(page.Locator("#results")).ToHaveAttributeAsync("start", "1");
        await Expect(page.Locator("#prev")).ToBeDisabledAsync();

        await page.Locator("#size").SelectOptionAsync("20");
        await Expect(page).ToHaveURLAsync(Url("size=20"));
        await Expect(Hits(page)).ToHaveCountAsync(20);
    }

    [SkippableFact]
    public async Task A_title_opens_the_article_with_its_marks_people_and_related_articles_and_each_leads_on()
    {
        var page = await Open($"/?q={Uri.EscapeDataString(Zarif)}");
        await Expect(Hits(page)).ToHaveCountAsync(3);

        await page.Locator("#results .title a", new() { HasText = "ظريف والاتفاق" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("\\?article=aawsat-21&q="));
        var view = page.Locator("#article-view");
        await Expect(view.Locator("h2.article-title")).ToHaveTextAsync("ظريف والاتفاق");
        await Expect(view.Locator("h2.article-title mark")).ToHaveTextAsync(Zarif);
        await Expect(view.Locator("> p.meta bdi.outlet")).ToHaveTextAsync("الشرق الأوسط");
        await Expect(view.Locator("> p.meta")).ToContainTextAsync("21 يوليو 2015");
        await Expect(view.Locator(".article-body")).ToHaveTextAsync("قال ظريف إن الاتفاق يحفظ حقوق إيران.");
        await Expect(view.Locator(".article-body mark")).ToHaveTextAsync(Zarif);
        await Expect(view.Locator(".article-people a.person[data-person='zarif']")).ToHaveTextAsync("محمد جواد ظريف");
        await Expect(view.Locator(".related li.hit")).Not.ToHaveCountAsync(0);
        await Screenshot(page, "06-article.png");

        var related = view.Locator(".related li.hit .title a").First;
        var relatedTitle = await related.InnerTextAsync();
        await related.ClickAsync();
        await Expect(view.Locator("h2.article-title")).ToHaveTextAsync(relatedTitle);
        await Expect(page).Not.ToHaveURLAsync(Url("article=aawsat-21"));
        await Screenshot(page, "07-related-article.png");

        await page.GoBackAsync();
        await view.Locator(".article-people a.person[data-person='zarif']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("\\?person=zarif$"));
        await Expect(page.Locator("#mentions li.hit")).ToHaveCountAsync(3);
    }

    [SkippableFact]
    public async Task A_person_opens_from_the_people_list_with_a_dated_timeline_and_article_links()
    {
        var page = await Open();

        await page.Locator("#people-panel a.person[data-person='zarif']").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("\\?person=zarif$"));
        await Expect(page.Locator("#mentions-view h2")).ToContainTextAsync("محمد جواد ظريف");
        var chart = page.Locator("#mentions-view .day-chart");
        Assert.Equal(["2015-07-21", "2015-07-22", "2015-07-23"],
            await chart.Locator(".bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.dataset.day)"));
        await Expect(chart.Locator(".axis .tick").First).ToHaveTextAsync("21 يوليو");
        await chart.Locator(".bar").First.HoverAsync();
        await Expect(chart.Locator(".readout")).ToHaveTextAsync("21 يوليو 2015: 2 ذكر");
        await Expect(page.Locator("#mentions-view .by-source bdi.outlet").First).ToHaveTextAsync("الشرق الأوسط");
        await Screenshot(page, "08-person.png");

        await page.Locator("#mentions li.hit .title a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("\\?article="));
        await Expect(page.Locator("#article-view h2.article-title")).Not.ToBeEmptyAsync();
    }

    [SkippableFact]
    public async Task A_person_s_page_names_the_spellings_the_list_lacks_each_a_link_to_its_own_mentions()
    {
        BrowserTests.RequireChromium();
        var page = await browser.NewPage();
        // The answer as the API gives it when the index holds a spelling the people list lacks.
        await page.RouteAsync("**/api/mentions?person=zarif*", async route =>
        {
            var response = await route.FetchAsync();
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            body["also_written"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["spelling"] = "ظاريف", ["articles"] = 2 });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
        await page.GotoAsync(new Uri(factory.BaseAddress, "/?person=zarif").AbsoluteUri);

        var note = page.Locator("#mentions-view .also-written");
        await Expect(note).ToHaveTextAsync("يُكتب أيضاً (لا يُحسب): ظاريف (2 مقال)");
        await note.Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url($"\\?person={Regex.Escape(Uri.EscapeDataString("ظاريف"))}$"));
    }

    [SkippableFact]
    public async Task The_keyboard_alone_searches_reads_the_chart_and_opens_an_article()
    {
        var page = await Open();
        await Expect(page.Locator("#q")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync(Agreement);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Hits(page)).ToHaveCountAsync(7);
        // Through the controls and the export link to the first title.
        for (var presses = 0; presses < 30 && !await page.Locator("#results .title a").First.EvaluateAsync<bool>("a => a === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#results .title a").First).ToBeFocusedAsync();
        // On to the chart: arrows move between days and say each day's count.
        for (var presses = 0; presses < 30 && !await page.Locator("#facets-panel .bars").EvaluateAsync<bool>("b => b === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#facets-panel .bars")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Expect(page.Locator("#facets-panel .readout")).ToHaveTextAsync("21 يوليو 2015: 2 نتيجة");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#facets-panel .readout")).ToHaveTextAsync("22 يوليو 2015: 0 نتيجة");
        await Screenshot(page, "09-keyboard-chart.png");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url("from=2015-07-23&to=2015-07-23"));
        await Expect(Hits(page)).ToHaveCountAsync(2);

        await page.Locator("#results .title a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url("\\?article="));
        await Expect(page.Locator("#article-view .article-body mark").First).ToHaveTextAsync(Agreement);
    }

    [SkippableFact]
    public async Task A_query_mixing_arabic_and_latin_syntax_keeps_its_order_in_the_box_and_in_the_echo()
    {
        const string query = "ظريف date:[2015-08-01 TO 2015-08-11]";
        var page = await Open();

        await page.Locator("#q").FillAsync(query);
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#summary bdi.query")).ToHaveTextAsync(query);
        await page.ReloadAsync();

        await Expect(page.Locator("#q")).ToHaveValueAsync(query);
        Assert.Equal("ltr", await page.Locator("#q").EvaluateAsync<string>("q => getComputedStyle(q).direction"));
        var echo = page.Locator("#summary bdi.query");
        await Expect(echo).ToHaveTextAsync(query);
        // Laid out left to right as typed: each character of the Latin syntax right of the one before it.
        var xs = await echo.EvaluateAsync<double[]>(
            "b => [...b.firstChild.data].map((c, i) => { const r = document.createRange(); r.setStart(b.firstChild, i); r.setEnd(b.firstChild, i + 1); return r.getBoundingClientRect().x; })");
        var latin = Enumerable.Range(query.IndexOf('d'), query.Length - query.IndexOf('d')).Where(i => query[i] != ' ').ToList();
        Assert.All(latin.Zip(latin.Skip(1)), pair => Assert.True(xs[pair.First] < xs[pair.Second], $"'{query[pair.First]}' is not left of '{query[pair.Second]}'"));
        Assert.True(xs[0] < xs[latin[0]], "the Arabic word does not come first");
        await Screenshot(page, "10-mixed-query.png");
    }

    [SkippableFact]
    public async Task Errors_and_notes_are_in_arabic()
    {
        var page = await Open($"/?q={Uri.EscapeDataString("\"" + TestArticles.SeedName)}");

        await Expect(page.Locator("#error")).ToBeVisibleAsync();
        var error = await page.Locator("#error").InnerTextAsync();
        Assert.Contains("علامة تنصيص", error);
        Assert.DoesNotMatch("[A-Za-z]{3,}", error);
        await Screenshot(page, "11-error.png");

        await page.Locator("#q").FillAsync("x*");
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page.Locator("#error")).ToContainTextAsync("البادئة قصيرة");
        await page.GotoAsync(new Uri(factory.BaseAddress, "/?person=...").AbsoluteUri);
        await Expect(page.Locator("#error")).ToHaveTextAsync("اكتب اسم شخص.");
    }

    [SkippableFact]
    public async Task The_csv_link_downloads_the_current_search_and_quick_ranges_end_on_the_index_s_last_day()
    {
        var page = await Open($"/?q={Uri.EscapeDataString(Agreement)}&source=okaz&sort=date");

        var link = page.Locator("#csv-link");
        await Expect(link).ToHaveTextAsync("تنزيل النتائج (CSV)");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("id,date,outlet,title,url,score,snippet", csv.TrimStart('\uFEFF'));
        Assert.Equal(["okaz-23", "okaz-21"], csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => l.Split(',')[0]));

        await page.Locator("button.quick[data-days='7']").ClickAsync();
        // TestArticles' latest article is of 2025-11-21: the last week of this index ends there.
        await Expect(page).ToHaveURLAsync(Url("from=2025-11-15&to=2025-11-21"));
        await Expect(page.Locator("#summary")).ToContainTextAsync("لا نتائج");
        await page.Locator("button.quick[data-days='0']").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(Url("from="));
        await Expect(Hits(page)).ToHaveCountAsync(2);
    }
}
