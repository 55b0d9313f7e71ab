using System.Diagnostics;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Tests.Support;

/// <summary>
/// Runs the real <c>newssearch</c> program (built beside the tests) as a child process, with
/// <c>NEWSSEARCH_INDEX</c> set to the test's index folder. A folder chosen that way must hold an index, so a read
/// command run on a folder with none first gets the seed index there, as the default location would build it.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static readonly HashSet<string> ReadCommands = ["search", "stats", "mentions", "variants", "related", "sources"];

    public static Result Run(string indexDir, params string[] args)
    {
        if (args.Length > 0 && ReadCommands.Contains(args[0])) NewsIndex.OpenForSearch(indexDir).Dispose();
        return RunWith(StartInfo(indexDir, args));
    }

    /// <summary>Runs the program in <paramref name="workingDir"/> with no index chosen: the default location applies.</summary>
    public static Result RunWithDefaultIndex(string workingDir, params string[] args)
    {
        var start = StartInfo(null, args);
        start.WorkingDirectory = workingDir;
        return RunWith(start);
    }

    /// <summary>Runs the program with <c>NEWSSEARCH_INDEX</c> set to a folder as it is, index or not.</summary>
    public static Result RunWithChosenIndex(string indexDir, params string[] args) => RunWith(StartInfo(indexDir, args));

    private static Result RunWith(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return new Result(process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>Starts the program without waiting for it; its output is read and dropped so that it never blocks.</summary>
    public static Process Start(string indexDir, params string[] args)
    {
        var process = Process.Start(StartInfo(indexDir, args))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string? indexDir, string[] args)
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
        if (indexDir is null) start.Environment.Remove("NEWSSEARCH_INDEX");
        else start.Environment["NEWSSEARCH_INDEX"] = indexDir;
        return start;
    }
}
