using System.Diagnostics;

namespace NewsSearch.Api.Tests.Support;

/// <summary>Debian's <c>chromium</c> run headless, with the flags these machines need and a fresh profile per run.</summary>
public static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary><c>$CHROMIUM</c>, else <c>/usr/bin/chromium</c>; null when neither exists.</summary>
    public static string? Executable =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    /// <summary>The page's DOM after its scripts ran (within a 10 s virtual-time budget).</summary>
    public static Task<string> DumpDom(Uri page) => Run(page, "--dump-dom");

    private static async Task<string> Run(Uri page, params string[] action)
    {
        var profile = Directory.CreateTempSubdirectory("newssearch-chromium-");
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var flag in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={profile.FullName}", "--virtual-time-budget=10000",
                 }.Concat(action).Append(page.AbsoluteUri))
            start.ArgumentList.Add(flag);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {await errors}");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {await errors}");
            return await output;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
