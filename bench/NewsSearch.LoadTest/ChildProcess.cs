using System.Diagnostics;

namespace NewsSearch.LoadTest;

/// <summary>A front end (API or CLI) run from its Release build with <c>dotnet run --no-build</c>, output to a log file.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private ChildProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public static ChildProcess Start(string repo, string project, string logFile, params string[] args) =>
        Start(repo, logFile, ["run", "--no-build", "-c", "Release", "--no-launch-profile", "--project", Path.Combine(repo, project), "--", .. args]);

    /// <summary>A built program run as <c>dotnet PROGRAM.dll</c>: the process is the program itself, so its memory can be read.</summary>
    public static ChildProcess StartBuilt(string repo, string dll, string logFile, params string[] args) => Start(repo, logFile, [dll, .. args]);

    private static ChildProcess Start(string repo, string logFile, string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, log);
    }

    public int Id => process.Id;
    public bool HasExited => process.HasExited;
    public int ExitCode => process.ExitCode;

    public Task WaitAsync() => process.WaitForExitAsync();

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        lock (log) log.Dispose();
    }
}
