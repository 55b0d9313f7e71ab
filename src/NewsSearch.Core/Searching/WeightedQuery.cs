using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Core.Searching;

/// <summary>
/// A query whose weight was computed once, for one search, by <see cref="SharedWeights"/>: as a clause of a bigger
/// query it scores exactly as the query it stands for (the weight already holds its terms' statistics and its
/// normalisation), without looking its terms up again. Valid only with the searcher that weighted it.
/// </summary>
internal sealed class WeightedQuery(Query query, Weight weight) : Query
{
    /// <summary>The weight itself, for those that read the part's matches without a query around it.</summary>
    public Weight Weight => weight;

    public override Weight CreateWeight(IndexSearcher searcher) => new Shared(this, weight);

    public override string ToString(string field) => $"weighted({query.ToString(field)})";

    public override void ExtractTerms(ISet<Term> terms) => query.ExtractTerms(terms);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>
    /// The shared weight, normalised once when it was made: the enclosing query's normalisation is not passed on, which
    /// changes nothing under BM25 at a boost of 1 (its query norm is 1) and nothing under a constant score.
    /// </summary>
    private sealed class Shared(WeightedQuery outer, Weight inner) : Weight
    {
        public override Query Query => outer;
        public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;
        public override float GetValueForNormalization() => inner.GetValueForNormalization();
        public override void Normalize(float norm, float topLevelBoost) { }
        public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) => inner.GetScorer(context, acceptDocs);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs) =>
            inner.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
    }
}
