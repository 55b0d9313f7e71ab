using Lucene.Net.Search;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class ArticleCountsTests(DatedIndex dated) : IClassFixture<DatedIndex>
{
    [Fact]
    public void Counts_cover_every_hit_not_only_the_page()
    {
        var results = dated.Search(DatedIndex.IranQuery, pageSize: 1);
        Assert.Single(results.Hits);
        Assert.Equal(8, results.Counts.Total);
    }

    [Fact]
    public void Counts_per_source_most_first_as_the_feed_spells_them()
    {
        var counts = dated.Search(DatedIndex.IranQuery).Counts;
        Assert.Equal([new("alriyadh", 3), new("Okaz", 2), new("aawsat", 2)], counts.BySource);
        Assert.Equal(1, counts.WithoutSource);
    }

    [Fact]
    public void Counts_per_utc_day_in_order_with_the_undated_apart()
    {
        var counts = dated.Search(DatedIndex.IranQuery).Counts;
        Assert.Equal(
            [new(new(2015, 7, 20), 1), new(new(2015, 7, 21), 2), new(new(2015, 7, 22), 2), new(new(2015, 7, 23), 1), new(new(2015, 7, 24), 1)],
            counts.ByDay);
        Assert.Equal(1, counts.Undated);
    }

    [Fact]
    public void Counts_follow_the_filters()
    {
        var counts = dated.Search("إيران source:alriyadh date:[2015-07-24 TO *]").Counts;
        Assert.Equal([new SourceCount("alriyadh", 1)], counts.BySource);
        Assert.Equal([new DayCount(new(2015, 7, 24), 1)], counts.ByDay);
        Assert.Equal(0, counts.Undated);
    }

    [Fact]
    public void No_hits_give_empty_counts()
    {
        var counts = dated.Search("كلمةغائبة").Counts;
        Assert.Equal(0, counts.Total);
        Assert.Empty(counts.BySource);
        Assert.Empty(counts.ByDay);
    }
}
