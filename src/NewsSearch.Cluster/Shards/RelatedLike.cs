namespace NewsSearch.Cluster.Shards;

/// <summary>
/// An article's like-query as its own shard builds it with the cluster's statistics (Lucene's MoreLikeThis over
/// <see cref="ClusterStatisticsReader"/>), and the article itself (Core's Article as JSON).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RelatedLike([property: Id(0)] bool Found, [property: Id(1)] string ArticleJson, [property: Id(2)] WeightedTerm[] Terms)
{
    public static readonly RelatedLike Missing = new(false, "null", []);
}
