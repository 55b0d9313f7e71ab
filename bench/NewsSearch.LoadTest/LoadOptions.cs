namespace NewsSearch.LoadTest;

public sealed record LoadOptions(string Base, string Added)
{
    public int Clients { get; init; } = 8;
    public int Seconds { get; init; } = 60;
    /// <summary>Seconds into the load when the CLI starts indexing the added corpus.</summary>
    public int IndexAt { get; init; } = 10;
    public int Port { get; init; } = 5090;

    public static LoadOptions? Parse(string[] args)
    {
        var files = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).ToList();
        if (files.Count != 2 || files.Any(f => !File.Exists(f))) return null;
        int Int(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var v) && v > 0 ? v : fallback;
        var defaults = new LoadOptions(files[0], files[1]);
        return defaults with
        {
            Clients = Int("--clients", defaults.Clients),
            Seconds = Int("--seconds", defaults.Seconds),
            IndexAt = Int("--index-at", defaults.IndexAt),
            Port = Int("--port", defaults.Port),
        };
    }

    /// <summary>The folder holding NewsSearch.sln, searched upwards from the current folder.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the NewsSearch repository");
    }
}
