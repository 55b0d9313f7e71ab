using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's index as Lucene's <c>MoreLikeThis</c> reads it: the live document count and each term's document
/// frequency are the cluster's (<see cref="GlobalStatistics"/>), so a related article's like-query weighs its terms as
/// one index holding every article would. Without statistics it reads the shard's own and only records which terms
/// were asked for (<see cref="Asked"/>): the terms whose statistics the cluster must gather first.
/// The wrapper is never disposed: it would release the shard's shared reader.
/// </summary>
internal sealed class ClusterStatisticsReader(IndexReader shard, GlobalStatistics? global)
    : FilterAtomicReader(SlowCompositeReaderWrapper.Wrap(shard))
{
    private readonly HashSet<Term> asked = [];

    public IReadOnlyCollection<Term> Asked => asked;

    public override int NumDocs => global is null ? base.NumDocs : (int)global.NumDocs;

    public override Fields Fields => new StatisticsFields(base.Fields, this);

    private int? DocFreq(string field, BytesRef text)
    {
        lock (asked) asked.Add(new Term(field, BytesRef.DeepCopyOf(text)));
        if (global is null) return null;
        return global.Terms.TryGetValue(TermStat.TermKey(field, text.Bytes.AsSpan(text.Offset, text.Length)), out var stat)
            ? (int)stat.DocFreq : 0;
    }

    private sealed class StatisticsFields(Fields fields, ClusterStatisticsReader reader) : FilterFields(fields)
    {
        public override Terms GetTerms(string field) =>
            m_input.GetTerms(field) is { } terms ? new StatisticsTerms(terms, field, reader) : null!;
    }

    private sealed class StatisticsTerms(Terms terms, string field, ClusterStatisticsReader reader) : FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new StatisticsTermsEnum(m_input.GetEnumerator(), field, reader);
    }

    /// <summary>Seeking a term the cluster holds succeeds even where this shard lacks it; its docFreq is the cluster's.</summary>
    private sealed class StatisticsTermsEnum(TermsEnum terms, string field, ClusterStatisticsReader reader) : FilterTermsEnum(terms)
    {
        private int? docFreq;

        public override bool SeekExact(BytesRef text)
        {
            docFreq = reader.DocFreq(field, text);
            return docFreq is { } global ? global > 0 : m_input.SeekExact(text);
        }

        public override int DocFreq => docFreq ?? m_input.DocFreq;
    }
}
