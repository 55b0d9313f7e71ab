using System.Text.Json;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>The console program end to end, as a user runs it (a child process per call).</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string IndexDir => Path.Combine(dir.Path, "index");

    [Fact]
    public void Search_builds_the_default_index_from_the_seeds_on_first_use_says_so_and_marks_matches_in_brackets_when_redirected()
    {
        var result = CliProcess.RunWithDefaultIndex(dir.Path, "search", "ميامي");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("2 hits for ميامي", result.Stdout);
        Assert.Contains("⟦ميامي⟧", result.Stdout);
        Assert.DoesNotContain("\u001b", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"no index yet at {IndexDir}; built one from the seed articles", result.Stderr);

        var again = CliProcess.RunWithDefaultIndex(dir.Path, "search", "ميامي");
        Assert.Equal("", again.Stderr);
    }

    [Theory]
    [InlineData("search", "ظريف")]
    [InlineData("stats")]
    [InlineData("mentions", "Witkoff")]
    [InlineData("variants", "ويتكوف")]
    [InlineData("related", "000_9f777eadf6025f7f")]
    public void A_chosen_index_folder_that_holds_no_index_is_an_error_naming_the_command_that_creates_one(params string[] args)
    {
        var typo = Path.Combine(dir.Path, "sns-indx");

        var viaEnvironment = CliProcess.RunWithChosenIndex(typo, args);
        var viaOption = CliProcess.RunWithDefaultIndex(dir.Path, [.. args, "--index", typo]);

        foreach (var result in new[] { viaEnvironment, viaOption })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Equal("", result.Stdout);
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"error: no index in {typo}: create one with `newssearch index --index {typo} FILES...`", line);
        }
        Assert.False(Directory.Exists(typo));
        Assert.False(Directory.Exists(IndexDir));
    }

    [Fact]
    public void A_feed_is_shown_as_the_outlet_meant_it_and_an_untitled_article_is_headed_by_its_lead()
    {
        var feed = Path.Combine(dir.Path, "feed.jsonl");
        File.WriteAllText(feed, """{"id": "u1", "title": "", "body": "بالصور // &#8220;ظريف&#8221; يقيم مأدبة غداء.<br>وحضر السفراء."}""" + "\n");
        Assert.Equal(0, CliProcess.Run(IndexDir, "index", feed).ExitCode);

        var text = CliProcess.Run(IndexDir, "search", "مأدبة");
        using var json = JsonDocument.Parse(CliProcess.Run(IndexDir, "search", "مأدبة", "--json").Stdout);

        Assert.Contains("u1  (no title) بالصور // “ظريف” يقيم مأدبة غداء.\n", text.Stdout);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("", hit.GetProperty("title").GetString());
        Assert.Equal("بالصور // “ظريف” يقيم مأدبة غداء.", hit.GetProperty("lead_for_title").GetString());
    }

    [Fact]
    public void Marks_option_chooses_brackets_ansi_or_none()
    {
        var brackets = CliProcess.Run(IndexDir, "search", "بيزيميني", "--marks", "brackets").Stdout;
        var ansi = CliProcess.Run(IndexDir, "search", "بيزيميني", "--marks", "ansi").Stdout;
        var none = CliProcess.Run(IndexDir, "search", "بيزيميني", "--marks", "none").Stdout;
        var bad = CliProcess.Run(IndexDir, "search", "بيزيميني", "--marks", "bold");

        Assert.Contains("⟦بيزيميني⟧", brackets);
        Assert.Contains("\u001b[1;33mبيزيميني\u001b[0m", ansi);
        Assert.Contains(" بيزيميني ", none);
        Assert.DoesNotContain("⟦", none, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", none, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("error: --marks must be auto, ansi, brackets or none, not 'bold'\n", bad.Stderr);
    }

    [Fact]
    public void Search_json_gives_totals_hits_snippets_and_offsets()
    {
        var result = CliProcess.Run(IndexDir, "search", "بيزيميني", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal(SeedIndex.Asharq, hit.GetProperty("id").GetString());
        var snippet = hit.GetProperty("snippets")[0];
        var text = snippet.GetProperty("text").GetString()!;
        var start = snippet.GetProperty("start").GetInt32();
        var mark = snippet.GetProperty("marks")[0];
        var body = SeedIndex.SeedArticles().Single(a => a.Id == SeedIndex.Asharq).Body;
        Assert.Equal(body.Substring(start, snippet.GetProperty("length").GetInt32()), text);
        Assert.Equal("بيزيميني", body.Substring(mark.GetProperty("start").GetInt32(), mark.GetProperty("length").GetInt32()));
        Assert.Equal("بيزيميني", text.Substring(mark.GetProperty("start").GetInt32() - start, mark.GetProperty("length").GetInt32()));
        Assert.False(snippet.GetProperty("cut_before").GetBoolean());
    }

    [Fact]
    public void Search_says_when_no_article_has_all_the_words_and_shows_those_with_some()
    {
        var text = CliProcess.Run(IndexDir, "search", "بيزيميني زرافة");
        var json = CliProcess.Run(IndexDir, "search", "بيزيميني زرافة", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("0 hits for بيزيميني زرافة + 1 with some of the words, showing 1-1", text.Stdout);
        Assert.Contains("No article has all of these words; showing articles with some of them.", text.Stdout);
        Assert.Contains("⟦بيزيميني⟧", text.Stdout);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.True(document.RootElement.GetProperty("partial_match").GetBoolean());
    }

    [Fact]
    public void Search_csv_writes_every_hit_of_the_result_window_as_rows_whatever_the_page()
    {
        var result = CliProcess.Run(IndexDir, "search", "ميامي", "--csv", "--top", "1", "--page", "2");
        var both = CliProcess.Run(IndexDir, "search", "ميامي", "--csv", "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,date,outlet,title,url,score,snippet", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(SeedIndex.Asharq + ",", StringComparison.Ordinal));
        Assert.Equal("", result.Stderr);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal("error: --csv and --json cannot be used together", both.Stderr.Trim());
    }

    [Fact]
    public void Search_fills_the_page_after_a_divider_with_articles_that_have_some_of_the_words()
    {
        var text = CliProcess.Run(IndexDir, "search", "ميامي بيزيميني");
        var json = CliProcess.Run(IndexDir, "search", "ميامي بيزيميني", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("1 hit for ميامي بيزيميني + 1 with some of the words, showing 1-2", text.Stdout);
        var lines = text.Stdout.Split('\n');
        var divider = Array.IndexOf(lines, "── articles with some of the words ──");
        Assert.StartsWith("2. ", lines[divider + 1]);
        Assert.DoesNotContain(lines[..divider], l => l.StartsWith("2. "));
        using var document = JsonDocument.Parse(json.Stdout);
        var root = document.RootElement;
        Assert.Equal((1, 1, 2), (root.GetProperty("total").GetInt32(), root.GetProperty("partial_total").GetInt32(), root.GetProperty("partial_from_rank").GetInt32()));
        Assert.False(root.GetProperty("partial_match").GetBoolean());
        Assert.Equal(SeedIndex.Asharq, root.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"ستيف ويتكوف")]
    [InlineData("AND")]
    public void A_malformed_query_exits_2_with_one_clear_line(string query)
    {
        var result = CliProcess.Run(IndexDir, "search", query);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: malformed query", line);
        Assert.DoesNotContain("Exception", line);
    }

    [Fact]
    public void Index_reports_counts_and_names_a_bad_file()
    {
        var articles = Path.Combine(dir.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "good.txt"), "عنوان\nنص الخبر");
        File.WriteAllBytes(Path.Combine(articles, "bad.txt"), [0xC3, 0x28, 0xA0]);
        var result = CliProcess.Run(IndexDir, "index", articles);
        Assert.Equal(4, result.ExitCode); // indexed, but some input was skipped
        Assert.Contains("bad.txt: not UTF-8 text", result.Stderr);
        Assert.StartsWith("indexed 1, updated 0, skipped 1", result.Stdout);
    }

    [Fact]
    public void Index_of_only_missing_paths_fails_with_one_line()
    {
        var result = CliProcess.Run(IndexDir, "index", Path.Combine(dir.Path, "missing"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: no such file or folder", result.Stderr);
    }

    [Fact]
    public void Stats_reports_articles_terms_and_size()
    {
        var result = CliProcess.Run(IndexDir, "stats", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetInt32());
        Assert.True(json.RootElement.GetProperty("terms").GetInt64() > 100);
        Assert.True(json.RootElement.GetProperty("bytes_on_disk").GetInt64() > 1000);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var result = CliProcess.Run(IndexDir, "search", "ميامي", "--bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr);
    }
}
