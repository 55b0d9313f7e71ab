using System.Text.Json;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>search's --source/--from/--to/--sort and counts, and the related command, as a user runs them.</summary>
public sealed class FilterCliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string IndexDir => Path.Combine(dir.Path, "index");

    private void IndexDatedFixture()
    {
        var indexed = CliProcess.Run(IndexDir, "index", DatedIndex.WriteJsonLines(dir));
        Assert.Equal(0, indexed.ExitCode);
    }

    [Fact]
    public void Search_filters_sorts_by_date_and_reports_counts_in_json()
    {
        IndexDatedFixture();
        var result = CliProcess.Run(IndexDir, "search", "إيران", "--source", "okaz", "--source", "alriyadh",
            "--from", "2015-07-21", "--to", "2015-07-24", "--sort", "date", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["riyadh-24", "riyadh-23", "okaz-22", "okaz-21"], root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("date", root.GetProperty("sort").GetString());
        Assert.Equal(1, root.GetProperty("filters").GetProperty("undated_excluded").GetInt32());
        Assert.Equal("2015-07-21", root.GetProperty("filters").GetProperty("from").GetString());
        var bySource = root.GetProperty("counts").GetProperty("by_source").EnumerateArray()
            .Select(s => (s.GetProperty("source").GetString(), s.GetProperty("count").GetInt32()));
        Assert.Equal([("Okaz", 2), ("alriyadh", 2)], bySource);
        Assert.Equal(4, root.GetProperty("counts").GetProperty("by_day").GetArrayLength());
    }

    [Fact]
    public void Search_text_shows_the_filters_and_short_counts()
    {
        IndexDatedFixture();
        var result = CliProcess.Run(IndexDir, "search", "إيران", "--source", "aawsat,okaz", "--from", "2015-07-21", "--sort", "date-asc");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.StartsWith("3 hits for إيران", lines[0]);
        Assert.Equal("filters: source aawsat or okaz; published 2015-07-21 to … (0 undated articles left out)", lines[1]);
        Assert.Equal("sources: Okaz 2, aawsat 1", lines[2]);
        Assert.Equal("days: 2015-07-21 to 2015-07-22, 2 with hits, most on 2015-07-21 (2)", lines[3]);
        Assert.Contains("1. [", lines[5]);
        Assert.Contains("aawsat-21", lines[5]);
    }

    [Theory]
    [InlineData("--from", "25-07-2015", "--from must be a day as YYYY-MM-DD")]
    [InlineData("--to", "2015-02-30", "--to must be a day as YYYY-MM-DD")]
    [InlineData("--sort", "popular", "--sort must be relevance, date or date-asc, not 'popular'")]
    public void Bad_filter_or_sort_options_exit_2_with_one_line(string option, string value, string expected)
    {
        var result = CliProcess.Run(IndexDir, "search", "ميامي", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {expected}", result.Stderr);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_exits_2()
    {
        var result = CliProcess.Run(IndexDir, "search", "ميامي", "--from", "2015-08-01", "--to", "2015-07-01");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --from 2015-08-01 is after --to 2015-07-01", result.Stderr);
    }

    [Fact]
    public void Related_on_a_seed_lists_the_other_seed_first_with_score_and_lead()
    {
        var result = CliProcess.Run(IndexDir, "related", SeedIndex.Asharq, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var first = json.RootElement.GetProperty("related")[0];
        Assert.Equal(SeedIndex.Anadolu, first.GetProperty("id").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > 0);
        Assert.StartsWith("جمع جاريد كوشنر", first.GetProperty("lead").GetString());
    }

    [Fact]
    public void Related_text_names_the_article_and_its_related_ones()
    {
        var result = CliProcess.Run(IndexDir, "related", SeedIndex.Anadolu);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"1 related to {SeedIndex.Anadolu}", result.Stdout);
        Assert.Contains($"1. [", result.Stdout);
        Assert.Contains(SeedIndex.Asharq, result.Stdout);
    }

    [Fact]
    public void Related_to_an_unknown_id_exits_2()
    {
        var result = CliProcess.Run(IndexDir, "related", "no-such-article");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: no article with id no-such-article in the index", result.Stderr.Trim());
    }

    [Fact]
    public void Mentions_by_day_prints_a_timeline_and_its_json()
    {
        IndexDatedFixture();
        var text = CliProcess.Run(IndexDir, "mentions", "ظريف", "--by", "day");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("4 mentions in 2 articles", text.Stdout);
        Assert.Matches(@"2015-07-23\s+2\s+1\s+█", text.Stdout);
        Assert.Matches(@"4\s+2\s+alriyadh", text.Stdout);

        var json = CliProcess.Run(IndexDir, "mentions", "ظريف", "--by", "day", "--json");
        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var days = doc.RootElement.GetProperty("by_day").EnumerateArray()
            .Select(d => $"{d.GetProperty("key").GetString()} {d.GetProperty("mentions").GetInt32()}");
        Assert.Equal(["2015-07-23 2", "2015-07-24 2"], days);
        Assert.Equal("zarif", doc.RootElement.GetProperty("person").GetProperty("id").GetString());
    }

    [Fact]
    public void Mentions_by_anything_but_day_is_refused()
    {
        IndexDatedFixture();
        var result = CliProcess.Run(IndexDir, "mentions", "ظريف", "--by", "week");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("week", result.Stderr);
    }
}
