using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class ResultOrderTests(DatedIndex dated) : IClassFixture<DatedIndex>
{
    private static string[] InOrder(SearchResults results) => results.Hits.Select(h => h.Article.Id).ToArray();

    [Fact]
    public void Newest_first_puts_undated_last_and_keeps_index_order_for_equal_dates()
    {
        var results = dated.Search(DatedIndex.IranQuery, order: ResultOrder.Newest);
        Assert.Equal(["riyadh-24", "riyadh-23", "okaz-22", "nosource-22", "aawsat-21", "okaz-21", "aawsat-20", "riyadh-undated"], InOrder(results));
    }

    [Fact]
    public void Oldest_first_puts_undated_last_and_keeps_index_order_for_equal_dates()
    {
        var results = dated.Search(DatedIndex.IranQuery, order: ResultOrder.Oldest);
        Assert.Equal(["aawsat-20", "aawsat-21", "okaz-21", "nosource-22", "okaz-22", "riyadh-23", "riyadh-24", "riyadh-undated"], InOrder(results));
    }

    [Fact]
    public void Date_order_keeps_each_hit_s_relevance_score()
    {
        var byRelevance = dated.Search(DatedIndex.IranQuery).Hits.ToDictionary(h => h.Article.Id, h => h.Score);
        Assert.All(dated.Search(DatedIndex.IranQuery, order: ResultOrder.Newest).Hits, hit => Assert.Equal(byRelevance[hit.Article.Id], hit.Score));
    }

    [Fact]
    public void Relevance_is_the_default_and_orders_by_score()
    {
        var scores = dated.Search(DatedIndex.IranQuery).Hits.Select(h => h.Score).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal("aawsat-20", dated.Search(DatedIndex.IranQuery).Hits[0].Article.Id);
    }

    [Theory]
    [InlineData(ResultOrder.Newest)]
    [InlineData(ResultOrder.Oldest)]
    [InlineData(ResultOrder.Relevance)]
    public void Pages_follow_on_from_each_other(ResultOrder order)
    {
        var all = InOrder(dated.Search(DatedIndex.IranQuery, order: order));
        var paged = Enumerable.Range(1, 3).SelectMany(p => InOrder(dated.Search(DatedIndex.IranQuery, order: order, pageSize: 3, page: p)));
        Assert.Equal(all, paged);
    }
}
