using Microsoft.Playwright;

namespace NewsSearch.Api.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright, one browser per test class: Playwright is pointed at the system browser
/// by its executable path and never downloads one. Launched with the flags these machines need.
/// </summary>
public sealed class PlaywrightBrowser : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (HeadlessChromium.Executable is not { } chromium) return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (its own context: no cookies or history shared with other tests), Arabic-speaking, 1280×900.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "ar", ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
