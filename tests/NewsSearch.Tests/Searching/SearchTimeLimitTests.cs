using NewsSearch.Cli;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class SearchTimeLimitTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "newssearch-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_search_past_its_time_limit_is_stopped_with_a_clear_error()
    {
        using var index = NewsIndex.OpenForSearch(path);
        var searcher = new NewsSearcher(index) { TimeLimit = TimeSpan.FromSeconds(2), Clock = new HourPerReadingClock() };

        var error = Assert.Throws<SearchTimeoutException>(() => searcher.Search(new SearchRequest("ويتكوف")));

        Assert.Equal(TimeSpan.FromSeconds(2), error.Limit);
        Assert.StartsWith("the search took longer than 2 s and was stopped", error.Message);
    }

    [Fact]
    public void A_search_within_its_time_limit_answers()
    {
        using var index = NewsIndex.OpenForSearch(path);
        var searcher = new NewsSearcher(index);

        Assert.Equal(NewsSearcher.DefaultTimeLimit, searcher.TimeLimit);
        Assert.NotEmpty(searcher.Search(new SearchRequest("ويتكوف")).Hits);
    }

    [Fact]
    public void Time_limits_read_the_wall_clock_not_lucenes_timer_thread()
    {
        // Lucene's global counter is advanced by a thread 20 ms per wake-up: under load it ran several times slow
        // (a 5 s limit let a mention search run 47 s at load average 44; docs/reliability.md).
        using var index = NewsIndex.OpenForSearch(path);
        Assert.Same(WallClock.Instance, new NewsSearcher(index).Clock);
        Assert.Same(WallClock.Instance, new NewsSearch.Core.People.MentionBudget().Clock);
        var before = Environment.TickCount64;
        var reading = WallClock.Instance.Value;
        Assert.InRange(reading, before, Environment.TickCount64);
    }

    [Fact]
    public void The_cli_reports_a_timed_out_search_in_one_line_with_its_own_exit_code()
    {
        var code = CliRunner.Guard(() => throw new SearchTimeoutException(TimeSpan.FromSeconds(5)));

        Assert.Equal(CliRunner.TimedOut, code);
    }

    public void Dispose()
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
