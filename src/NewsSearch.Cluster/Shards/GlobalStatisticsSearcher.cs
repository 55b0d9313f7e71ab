using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's searcher that scores with the cluster's statistics instead of its own, as Lucene's
/// <c>ShardSearchingTestBase</c> does: BM25's idf and average field length then come out as one index holding every
/// shard's articles would give them, so scores from different shards compare. A term not gathered (a prefix
/// expansion only this shard holds, scored as a constant anyway) keeps its local statistics.
/// </summary>
internal sealed class GlobalStatisticsSearcher : IndexSearcher
{
    private readonly GlobalStatistics global;

    public GlobalStatisticsSearcher(IndexReader reader, GlobalStatistics global) : base(reader)
    {
        this.global = global;
        Similarity = Ranking.Default.CreateSimilarity(); // as SharedSearcher.NewSearcher
    }

    public override TermStatistics TermStatistics(Term term, TermContext context) =>
        global.Terms.TryGetValue(TermStat.TermKey(term.Field, term.Bytes.Bytes.AsSpan(term.Bytes.Offset, term.Bytes.Length)), out var stat)
            ? new TermStatistics(term.Bytes, stat.DocFreq, stat.TotalTermFreq)
            : base.TermStatistics(term, context);

    public override CollectionStatistics CollectionStatistics(string field) =>
        global.Fields.TryGetValue(field, out var stat)
            ? new CollectionStatistics(field, global.MaxDoc, stat.DocCount, stat.SumTotalTermFreq, stat.SumDocFreq)
            : new CollectionStatistics(field, global.MaxDoc, 0, 0, 0);
}
