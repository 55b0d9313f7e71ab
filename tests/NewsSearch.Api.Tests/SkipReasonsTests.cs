using NewsSearch.Testing;

namespace NewsSearch.Api.Tests;

/// <summary>
/// A skipped test's reason reaches the default <c>dotnet test</c> output: tests/Directory.Build.targets prints the
/// lines of skip-reasons.txt as warnings, so each reason is there once, on one line.
/// </summary>
public sealed class SkipReasonsTests
{
    [Fact]
    public void A_reason_is_recorded_once_on_one_line()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("newssearch-skips-").FullName, SkipReasons.FileName);

        SkipReasons.Record("chromium is not installed\n(apt-get install chromium)", file);
        SkipReasons.Record("chromium is not installed\n(apt-get install chromium)", file);
        SkipReasons.Record("no PostgreSQL server", file);

        Assert.Equal(["chromium is not installed (apt-get install chromium)", "no PostgreSQL server"], File.ReadAllLines(file));
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Fact]
    public void The_reasons_file_is_the_one_the_build_prints()
    {
        var targets = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Directory.Build.targets"));

        Assert.Contains($"$(TargetDir){SkipReasons.FileName}", targets);
        Assert.Contains("<Warning Text=", targets);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NewsSearch.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("NewsSearch.sln not found above the test assembly");
    }
}
