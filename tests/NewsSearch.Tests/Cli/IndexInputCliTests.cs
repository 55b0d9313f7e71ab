using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary><c>newssearch index</c> over hostile input: the run goes on, names every bad input and says so in its exit code.</summary>
public sealed class IndexInputCliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string IndexDir => Path.Combine(dir.Path, "index");

    private static string Line(string id) => $$"""{"id":"{{id}}","title":"عنوان","body":"نص الخبر"}""";

    [Fact]
    public void A_missing_path_is_reported_and_the_others_are_indexed_with_exit_code_4()
    {
        var good = dir.File("good.jsonl", Line("a") + "\n");
        var missing = Path.Combine(dir.Path, "missing.jsonl");
        var result = CliProcess.Run(IndexDir, "index", missing, good);
        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("indexed 1, updated 0, skipped 1", result.Stdout);
        Assert.Contains($"{missing}: no such file or folder", result.Stderr);
    }

    [Fact]
    public void A_bad_utf8_line_and_a_lone_surrogate_no_longer_abort_the_run()
    {
        byte[] bad = [.. Encoding.UTF8.GetBytes("""{"id":"u8","title":"عنوان","body":"نص """), 0xFF, .. "\"}\n"u8];
        var feed = dir.File("feed.jsonl", [.. Encoding.UTF8.GetBytes(Line("a") + "\n"), .. bad,
            .. Encoding.UTF8.GetBytes("""{"id":"\ud800lone","title":"t","body":"نص"}""" + "\n")]);
        var result = CliProcess.Run(IndexDir, "index", feed);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("indexed 3, updated 0, skipped 0 (2 repaired)", result.Stdout);
        Assert.Contains($"2 × repaired: invalid UTF-8 or lone surrogates replaced by U+FFFD: {feed}:2, {feed}:3", result.Stderr);
    }

    [Fact]
    public void Skipped_lines_are_grouped_by_reason_and_all_written_with_skipped_file()
    {
        var lines = Enumerable.Range(1, 60).Select(i => i % 2 == 0 ? "{not json " + i : $$"""{"id":"x{{i}}","title":"t"}""");
        var feed = dir.File("feed.jsonl", string.Join('\n', [Line("a"), .. lines]) + "\n");
        var list = Path.Combine(dir.Path, "skipped.txt");
        var result = CliProcess.Run(IndexDir, "index", feed, "--skipped", list);
        Assert.Equal(4, result.ExitCode);
        Assert.StartsWith("indexed 1, updated 0, skipped 60", result.Stdout);
        Assert.Contains("skipped 60 inputs, by reason:", result.Stderr);
        Assert.Contains($"  30 × not valid JSON: {feed}:3, {feed}:5, {feed}:7, {feed}:9, {feed}:11 and 25 more", result.Stderr);
        Assert.Contains($"  30 × missing \"body\": {feed}:2, ", result.Stderr);
        Assert.Contains($"every one is listed in {list}", result.Stderr);
        var written = File.ReadAllLines(list);
        Assert.Equal(60, written.Length);
        Assert.Equal(Enumerable.Range(2, 60).Select(n => $"{feed}:{n}"), written.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
    }
}
