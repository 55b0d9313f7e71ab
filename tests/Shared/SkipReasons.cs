namespace NewsSearch.Testing;

/// <summary>
/// Why tests were skipped for a missing tool, written beside the test assembly so that the build
/// (tests/Directory.Build.targets) prints each reason after the run: <c>dotnet test</c> shows a skip's reason only at
/// normal verbosity.
/// </summary>
internal static class SkipReasons
{
    public const string FileName = "skip-reasons.txt";

    private static readonly object Gate = new();

    public static void Record(string reason) => Record(reason, Path.Combine(AppContext.BaseDirectory, FileName));

    /// <summary>Adds <paramref name="reason"/> to <paramref name="file"/> once, as one line.</summary>
    public static void Record(string reason, string file)
    {
        var line = reason.ReplaceLineEndings(" ");
        lock (Gate)
        {
            if (File.Exists(file) && File.ReadLines(file).Contains(line)) return;
            File.AppendAllLines(file, [line]);
        }
    }
}
