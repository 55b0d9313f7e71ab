using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>The query caps hold on the console path too: one line on stderr, exit code 2, nothing on stdout.</summary>
public sealed class HostileQueryCliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(1_001, "the query is longer than 1000 characters")]
    [InlineData(0, "the query nests brackets more than 20 deep")]
    public void An_overlong_or_too_deep_query_exits_2_with_one_line(int length, string message)
    {
        var query = length > 0 ? new string('م', length) : new string('(', 25) + "ميامي" + new string(')', 25);
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "search", query);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"error: {message}", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(1_000, QueryLength.Max);
    }

    [Theory]
    [InlineData("\"كوشنر ويتكوف\"~-1", "error: '~-1' after a phrase: the distance must be a whole number from 0 to 50")]
    [InlineData("source:\"okaz aawsat\"", "error: source:\"okaz aawsat\": a source is one name; for any of several write source:okaz source:aawsat")]
    public void A_negative_slop_or_a_phrase_on_a_field_without_positions_exits_2_with_one_line(string query, string line)
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "search", query);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(line, Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
