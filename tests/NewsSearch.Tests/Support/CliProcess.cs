using System.Diagnostics;

namespace NewsSearch.Tests.Support;

/// <summary>Runs the real <c>newssearch</c> program (built beside the tests) as a child process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string indexDir, params string[] args)
    {
        using var process = Process.Start(StartInfo(indexDir, args))!;
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

    private static ProcessStartInfo StartInfo(string indexDir, string[] args)
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
        start.Environment["NEWSSEARCH_INDEX"] = indexDir;
        return start;
    }
}
