using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's side of <c>related</c>, in three steps like a search: the shard holding the article names the terms
/// its like-query weighs; with their statistics summed over the cluster it builds the like-query (Core's
/// <c>MoreLikeThis</c> settings); every shard then returns its most similar articles scored with the cluster's statistics.
/// </summary>
internal sealed class ShardRelated(NewsIndex index)
{
    private readonly Lucene.Net.Analysis.Analyzer analyzer = IndexSchema.Analyzer;

    /// <summary>The terms the article's like-query weighs, with this shard's statistics; refused when the shard lacks the
    /// article.</summary>
    public ShardStatistics Terms(string id) => index.Searcher.Use(local =>
    {
        var doc = RelatedArticles.DocOf(local, id);
        if (doc < 0) return ShardStatistics.Refusing($"no article with id {id} in the index");
        var reader = new ClusterStatisticsReader(local.IndexReader, null);
        RelatedArticles.LikeQuery(reader, doc, analyzer);
        return ShardSearch.Of(local, reader.Asked);
    });

    /// <summary>This shard's statistics of the terms another shard's article weighs.</summary>
    public ShardStatistics Statistics(TermStat[] terms) =>
        index.Searcher.Use(local => ShardSearch.Of(local, terms.Select(t => new Term(t.Field, new Lucene.Net.Util.BytesRef(t.Bytes)))));

    /// <summary>The article's like-query weighed with the cluster's statistics.</summary>
    public RelatedLike Like(string id, GlobalStatistics global) => index.Searcher.Use(local =>
    {
        var doc = RelatedArticles.DocOf(local, id);
        if (doc < 0) return RelatedLike.Missing;
        var like = (BooleanQuery)RelatedArticles.LikeQuery(new ClusterStatisticsReader(local.IndexReader, global), doc, analyzer);
        var terms = like.Clauses.Select(c => (TermQuery)c.Query)
            .Select(q => new WeightedTerm(q.Term.Field, q.Term.Bytes.Bytes.AsSpan(q.Term.Bytes.Offset, q.Term.Bytes.Length).ToArray(),
                q.Boost));
        return new RelatedLike(true, JsonSerializer.Serialize(IndexSchema.ToArticle(local.Doc(doc))), [.. terms]);
    });

    /// <summary>This shard's most similar articles (as many as one index reads before re-weighting), best first.</summary>
    public List<RelatedCandidate> Search(RelatedRequest request, WeightedTerm[] terms, GlobalStatistics global) =>
        index.Searcher.Use(local =>
    {
        var like = new BooleanQuery();
        foreach (var term in terms)
            like.Add(new TermQuery(new Term(term.Field, new Lucene.Net.Util.BytesRef(term.Bytes))) { Boost = term.Boost }, Occur.SHOULD);
        var scoring = new GlobalStatisticsSearcher(local.IndexReader, global);
        var top = scoring.Search(RelatedArticles.Query(like, request.Id), LuceneFilters.For(request.Filter, local.IndexReader),
            RelatedArticles.Candidates(request));
        return top.ScoreDocs.Select(hit => new RelatedCandidate(IndexSchema.ToArticle(local.Doc(hit.Doc)), hit.Score, hit.Doc)).ToList();
    });
}
