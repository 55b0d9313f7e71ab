using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class FilterSearchTests(DatedIndex dated) : IClassFixture<DatedIndex>
{
    private static string[] Ids(SearchResults results) => results.Hits.Select(h => h.Article.Id).Order().ToArray();

    [Fact]
    public void Source_in_the_query_keeps_only_that_outlet()
    {
        Assert.Equal(["aawsat-20", "aawsat-21"], Ids(dated.Search("إيران source:aawsat")));
    }

    [Fact]
    public void Several_sources_allow_any_of_them_and_match_whatever_the_case()
    {
        Assert.Equal(["aawsat-20", "aawsat-21", "okaz-21", "okaz-22"], Ids(dated.Search("source:AAWSAT إيران source:okaz")));
    }

    [Fact]
    public void Source_filter_beside_the_query_adds_to_the_query_s_own_sources()
    {
        var results = dated.Search("إيران source:okaz", new SearchFilter { Sources = ["alriyadh"] });
        Assert.Equal(["okaz-21", "okaz-22", "riyadh-23", "riyadh-24", "riyadh-undated"], Ids(results));
    }

    [Fact]
    public void An_unknown_source_finds_nothing()
    {
        Assert.Equal(0, dated.Search("إيران source:nowhere").TotalHits);
    }

    [Fact]
    public void Filters_do_not_change_scores()
    {
        var all = dated.Search(DatedIndex.IranQuery).Hits.ToDictionary(h => h.Article.Id, h => h.Score);
        var filtered = dated.Search("إيران source:okaz date:[2015-07-21 TO 2015-07-22]").Hits;
        Assert.Equal(2, filtered.Count);
        Assert.All(filtered, hit => Assert.Equal(all[hit.Article.Id], hit.Score));
    }

    [Fact]
    public void Date_range_takes_whole_utc_days_inclusive_and_counts_the_undated_it_leaves_out()
    {
        var results = dated.Search(DatedIndex.IranQuery, new SearchFilter { From = new(2015, 7, 21), To = new(2015, 7, 23) });
        Assert.Equal(["aawsat-21", "nosource-22", "okaz-21", "okaz-22", "riyadh-23"], Ids(results));
        Assert.Equal(1, results.UndatedExcluded);
    }

    [Fact]
    public void Date_range_in_the_query_is_the_same_as_beside_it()
    {
        var inQuery = dated.Search("إيران date:[2015-07-21 TO 2015-07-23]");
        var beside = dated.Search(DatedIndex.IranQuery, new SearchFilter { From = new(2015, 7, 21), To = new(2015, 7, 23) });
        Assert.Equal(Ids(beside), Ids(inQuery));
        Assert.Equal(new DateOnly(2015, 7, 21), inQuery.Filter.From);
        Assert.Equal(1, inQuery.UndatedExcluded);
    }

    [Fact]
    public void A_single_day_and_open_ended_ranges()
    {
        Assert.Equal(["riyadh-24"], Ids(dated.Search("إيران date:2015-07-24")));
        Assert.Equal(["riyadh-23", "riyadh-24"], Ids(dated.Search("إيران date:[2015-07-23 TO *]")));
        Assert.Equal(["aawsat-20"], Ids(dated.Search("إيران date:[* TO 2015-07-20]")));
    }

    [Fact]
    public void Ranges_beside_and_in_the_query_intersect()
    {
        var results = dated.Search("إيران date:[2015-07-22 TO *]", new SearchFilter { To = new(2015, 7, 23) });
        Assert.Equal(["nosource-22", "okaz-22", "riyadh-23"], Ids(results));
    }

    [Fact]
    public void Without_a_date_range_undated_articles_are_found_and_nothing_is_left_out()
    {
        var results = dated.Search(DatedIndex.IranQuery);
        Assert.Equal(8, results.TotalHits);
        Assert.Contains("riyadh-undated", Ids(results));
        Assert.Equal(0, results.UndatedExcluded);
    }

    [Fact]
    public void Filters_alone_list_every_article_they_allow()
    {
        Assert.Equal(["riyadh-23", "riyadh-24", "riyadh-undated"], Ids(dated.Search("source:alriyadh")));
        Assert.Equal(["aawsat-20", "aawsat-21", "aawsat-22-riyadh"], Ids(dated.Search(" ", new SearchFilter { Sources = ["aawsat"] })));
    }

    [Fact]
    public void Filter_words_inside_quotes_stay_words()
    {
        var results = dated.Search("\"source:aawsat\"");
        Assert.True(results.Filter.IsEmpty);
        Assert.Equal(0, results.TotalHits);
    }

    [Fact]
    public void An_AND_next_to_a_filter_is_dropped_with_it()
    {
        Assert.Equal(["okaz-21", "okaz-22"], Ids(dated.Search("source:okaz AND إيران")));
        Assert.Equal(["okaz-21", "okaz-22"], Ids(dated.Search("إيران AND source:okaz")));
    }

    [Theory]
    [InlineData("إيران NOT source:okaz", "cannot be negated")]
    [InlineData("إيران -source:okaz", "cannot be negated")]
    [InlineData("إيران OR source:okaz", "combined with OR")]
    [InlineData("(إيران source:okaz)", "outside brackets")]
    [InlineData("إيران date:[2015-13-01 TO *]", "date:YYYY-MM-DD")]
    [InlineData("إيران date:yesterday", "date:YYYY-MM-DD")]
    [InlineData("إيران date:[2015-07-24 TO 2015-07-20]", "after it ends")]
    public void Malformed_filters_are_refused_with_a_clear_message(string query, string expected)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => dated.Search(query));
        Assert.Contains(expected, error.Message);
    }
}
