using NewsSearch.Cluster.Tests.Support;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Tests.Searching;

public class SmokeTests
{
    [ClusterFact]
    public async Task Three_silos_answer_from_all_shards()
    {
        await using var cluster = await TestCluster.StartAsync(TestCorpus.Articles(300));
        var answer = await cluster.Searcher.SearchAsync(new SearchRequest("الرياض"));
        Assert.Equal((8, 8, 0), (answer.Shards.Total, answer.Shards.Answered, answer.Shards.Missing));
        Assert.True(answer.Results.TotalHits > 10);
        Assert.Equal(10, answer.Results.Hits.Count);
    }
}
