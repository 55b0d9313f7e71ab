using System.Diagnostics;
using System.Text;
using FsCheck.Xunit;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// Throws generated hostile queries at the parser and the searcher over the seed index: every one gets results
/// or a one-line <see cref="QuerySyntaxException"/>, never another exception, and none takes longer than <see cref="Bound"/>.
/// </summary>
public sealed class HostileQueryTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    /// <summary>
    /// Generous on purpose (the median query takes well under a millisecond, the slowest a few hundred) so that
    /// a loaded machine does not fail the test; a query over the bound is timed once more before it counts as too slow.
    /// </summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Property(MaxTest = 10_000, Arbitrary = [typeof(HostileQueryGen)], Replay = "(20261123,1123)")]
    public void Every_generated_query_gets_results_or_a_clear_one_line_error(HostileQuery query)
    {
        AnswersOrRefusesClearly(query.Text);
    }

    [Theory]
    [InlineData("ا*", "letters before")]
    [InlineData("ab*a??????????????????????", "more than 4 * or ?")]
    [InlineData("ab~", "fuzzy matching needs at least 3 letters")]
    [InlineData("ا~", "fuzzy matching needs at least 3 letters")]
    [InlineData("/(a|aa)*b.{30}/", "regular expression")]
    [InlineData("*:*", "letters before")]
    [InlineData("/2015/07/21", "regular expression")]
    [InlineData("?يامي", "letters before")]
    [InlineData("مي* ست* ترا* كو* رو* أو*", "more than 5 words")]
    [InlineData("ميامي~ ستيف~ ترامب~ روسيا~ كوشنر~ عمروف~", "more than 5 words")]
    public void Expensive_patterns_are_refused_with_a_clear_message(string query, string expected)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => seeds.Search(query));
        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("\"كوشنر ويتكوف\"~-1", "'~-1' after a phrase: the distance must be a whole number from 0 to 50")]
    [InlineData("\"كوشنر ويتكوف\"~-Infinity", "'~-Infinity' after a phrase")]
    [InlineData("\"كوشنر ويتكوف\" ~-1", "'~-1' after a phrase")]
    [InlineData("exact:\"كوشنر ويتكوف\"~-1", "'~-1' after a phrase")]
    [InlineData("\"كوشنر ويتكوف\"~51", "'~51' after a phrase")]
    [InlineData("\"كوشنر ويتكوف\"~2.5", "'~2.5' after a phrase")]
    [InlineData("\"كوشنر ويتكوف\"~abc", "'~abc' after a phrase")]
    [InlineData("source:\"okaz aawsat\"", "a source is one name; for any of several write source:okaz source:aawsat")]
    [InlineData("title_grams:\"ميامي ستيف\"", "title_grams has no word positions, so it cannot match a phrase")]
    [InlineData("date:\"2015-07-21\"", "date: is a filter")]
    public void Bad_slops_and_phrases_on_fields_without_positions_are_refused_with_one_line(string query, string expected)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => seeds.Search(query));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_quoted_id_is_the_whole_id_not_a_phrase()
    {
        // Both ids are terms of the id field, which has no positions: as a phrase this failed the search (HTTP 500).
        Assert.Equal(0, seeds.Search($"id:\"{SeedIndex.Asharq} {SeedIndex.Anadolu}\"").TotalHits);
        Assert.Equal(SeedIndex.Asharq, Assert.Single(seeds.Search($"id:\"{SeedIndex.Asharq}\"").Hits).Article.Id);
    }

    [Theory]
    [InlineData("\"ستيف ويتكوف\"~0")]
    [InlineData("\"ستيف ويتكوف\"~50")]
    [InlineData("\"ستيف ويتكوف\"~")]
    public void Whole_slops_from_0_to_50_run(string query)
    {
        Assert.True(seeds.Search(query).TotalHits >= 0);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_parsing_instead_of_overflowing_the_stack()
    {
        var deep = new string('(', 100_000) + "ميامي" + new string(')', 100_000);
        Assert.Throws<QuerySyntaxException>(() => seeds.Search(deep));
        var e = Assert.Throws<QuerySyntaxException>(() => seeds.Search(new string('(', 21) + "ميامي" + new string(')', 21)));
        Assert.Equal($"the query nests brackets more than {QueryLimits.MaxDepth} deep", e.Message);
        Assert.Equal(2, seeds.Search(new string('(', 20) + "ميامي" + new string(')', 20)).TotalHits);
    }

    [Fact]
    public void Ten_thousand_or_terms_are_refused_by_the_length_cap()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => seeds.Search(string.Join(" OR ", Enumerable.Repeat("ميامي", 10_000))));
        Assert.Equal($"the query is longer than {QueryLength.Max} characters", e.Message);
    }

    [Theory]
    [InlineData("مي*")]
    [InlineData("ميام?")]
    [InlineData("ميامى~")]
    [InlineData("\"ستيف (ويتكوف\"")]
    [InlineData("title:[ا TO ي]")]
    public void Reasonable_wildcards_and_brackets_in_quotes_still_run(string query)
    {
        Assert.True(seeds.Search(query).TotalHits >= 0);
    }

    private void AnswersOrRefusesClearly(string query)
    {
        var took = Run(query);
        if (took >= Bound) took = Run(query);
        Assert.True(took < Bound, $"took {took.TotalMilliseconds:0} ms");
    }

    private TimeSpan Run(string query)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            seeds.Searcher.Search(new SearchRequest(query));
        }
        catch (QuerySyntaxException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.True(e.Message.Length <= 301, $"message too long: {e.Message.Length} chars");
            Assert.DoesNotContain(e.Message, char.IsControl);
            Assert.Equal(e.Message, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(e.Message)));
        }
        return clock.Elapsed;
    }
}
