using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Bench;

public static class ResultsPath
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary><c>bench/results/</c> beside <c>NewsSearch.sln</c> in the current folder or one above it, else <c>./bench-results/</c>.</summary>
    public static string Default(DateTimeOffset started, string kind = "bench")
    {
        var name = $"{kind}-{started:yyyyMMdd-HHmmss}.json";
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
                return Path.Combine(dir.FullName, "bench", "results", name);
        return Path.Combine("bench-results", name);
    }
}
