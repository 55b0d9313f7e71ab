using System.Text.Json;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.People;

/// <summary><c>mentions</c> as a user runs it: what is counted, what is doubtful, what is left out and why.</summary>
public sealed class MentionsCliTests(ResolverArticles articles) : IClassFixture<ResolverArticles>
{
    [Fact]
    public void Text_counts_confirmed_and_likely_and_lists_doubtful_apart_with_reasons()
    {
        var result = CliProcess.Run(articles.Index.Path, "mentions", "kushner");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 mentions in 4 articles (4 confirmed, 1 likely); 1 doubtful mention not counted; " +
                        "5 mentions of someone else left out (--show-excluded lists them)", result.Stdout);
        Assert.Contains("doubtful, not counted (--include-doubtful counts them): 1 mention", result.Stdout);
        Assert.Contains("doubtful: surname alone; nothing in the article says it is Jared Kushner", result.Stdout);
        Assert.Contains("confirmed: first name \"غاريد\" before the surname", result.Stdout);
        Assert.DoesNotContain("Bernard Kouchner", result.Stdout);
    }

    [Fact]
    public void Show_excluded_lists_the_namesakes_with_the_reason()
    {
        var result = CliProcess.Run(articles.Index.Path, "mentions", "kushner", "--show-excluded");

        Assert.Contains("left out, someone or something else: 5 mentions", result.Stdout);
        Assert.Contains("other: first name \"برنار\": Bernard Kouchner", result.Stdout);
        Assert.Contains("other: \"وزير الخارجية الفرنسي\" next to the name: Bernard Kouchner", result.Stdout);
    }

    [Fact]
    public void Spellings_the_list_lacks_are_said_and_counted_in_with_variants()
    {
        var plain = CliProcess.Run(articles.Index.Path, "mentions", "kushner");
        var counted = CliProcess.Run(articles.Index.Path, "mentions", "kushner", "--with-variants");

        Assert.Contains("also written: كوشنار (1 article) — not counted; --with-variants counts them in", plain.Stdout);
        Assert.Contains("7 mentions in 5 articles", counted.Stdout);
        Assert.Contains("also written: كوشنار (1 article) — counted in", counted.Stdout);
        Assert.Contains("confirmed: first name \"جاريد\" before the surname", counted.Stdout);
    }

    [Fact]
    public void Include_doubtful_counts_the_doubtful_mentions_in()
    {
        var result = CliProcess.Run(articles.Index.Path, "mentions", "kushner", "--include-doubtful");

        Assert.Contains("6 mentions in 5 articles (4 confirmed, 1 likely, 1 doubtful)", result.Stdout);
        Assert.DoesNotContain("doubtful, not counted", result.Stdout);
    }

    [Fact]
    public void Json_gives_resolution_and_reason_per_mention_and_the_doubtful_and_excluded_lists()
    {
        var result = CliProcess.Run(articles.Index.Path, "mentions", "kushner", "--json");
        var json = JsonDocument.Parse(result.Stdout).RootElement;

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        var counted = json.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.All(counted, m => Assert.Contains(m.GetProperty("resolution").GetString(), new[] { "confirmed", "likely" }));
        Assert.All(counted, m => Assert.NotEqual("", m.GetProperty("reason").GetString()));
        var doubtful = json.GetProperty("doubtful")[0].GetProperty("mentions")[0];
        Assert.Equal("doubtful", doubtful.GetProperty("resolution").GetString());
        var excluded = json.GetProperty("excluded").EnumerateArray().SelectMany(a => a.GetProperty("mentions").EnumerateArray()).ToList();
        Assert.Equal(5, excluded.Count);
        Assert.All(excluded, m => Assert.Equal("other", m.GetProperty("resolution").GetString()));
    }

    [Fact]
    public void The_timeline_counts_only_what_mentions_counts()
    {
        var result = CliProcess.Run(articles.Index.Path, "mentions", "kushner", "--by", "day", "--json");
        var json = JsonDocument.Parse(result.Stdout).RootElement;

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal(5, json.GetProperty("undated_mentions").GetInt32());
    }
}
