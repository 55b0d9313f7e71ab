using System.Diagnostics;

namespace NewsSearch.Cluster.Tests.Support;

/// <summary>Runs the real <c>newssearch</c> program (as its project built it) as a child process.</summary>
public static class Cli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// The CLI as its own project built it, not the copy beside the tests: this project also references the API, whose
    /// ASP.NET Core framework takes the place of packages the CLI (through Orleans) loads from its own folder.
    /// </summary>
    private static readonly string Program = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory,
        "..", "..", "..", "..", "..", "src", "NewsSearch.Cli", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name,
        new DirectoryInfo(AppContext.BaseDirectory).Name, "newssearch.dll"));

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}
