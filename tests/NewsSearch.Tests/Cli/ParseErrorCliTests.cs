using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>A command line that does not parse gets one line saying what to change, and exit code 2.</summary>
public sealed class ParseErrorCliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData("error: unknown command 'searc': the commands are search, index, stats,", "searc", "ظريف")]
    [InlineData("error: no command given: the commands are search, index, stats,")]
    [InlineData("error: --index: the folder name is empty", "search", "ظريف", "--index", "")]
    [InlineData("error: --page: expected a whole number, not 'abc'", "search", "ظريف", "--page", "abc")]
    public void A_mistyped_command_line_says_what_to_change(string line, params string[] args)
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith(line, Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
