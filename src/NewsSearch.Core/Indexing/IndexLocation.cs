namespace NewsSearch.Core.Indexing;

/// <summary>Where the index lives when the user does not say.</summary>
public static class IndexLocation
{
    public const string EnvironmentVariable = "NEWSSEARCH_INDEX";

    /// <summary><c>$NEWSSEARCH_INDEX</c> as a full path, or null when it is not set: a location the user chose.</summary>
    public static string? FromEnvironment()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnv) ? null : Path.GetFullPath(fromEnv);
    }

    /// <summary>
    /// <c>$NEWSSEARCH_INDEX</c>, else <see cref="Builtin"/>.
    /// </summary>
    public static string Default() => FromEnvironment() ?? Builtin();

    /// <summary><c>index/</c> beside <c>NewsSearch.sln</c> in the current folder or one above it, else <c>./index</c>.</summary>
    public static string Builtin()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
                return Path.Combine(dir.FullName, "index");
        return Path.GetFullPath("index");
    }
}
