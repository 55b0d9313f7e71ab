using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// A query of one SHOULD clause per query word whose score is scaled by the share of the words an article
/// contains: score × (matched / words)<sup>power</sup>. BM25 only adds up what matches; this also counts what
/// is missing, so an article with more of the words ranks above one that repeats fewer of them often.
/// </summary>
internal sealed class CoordinatedQuery(float power) : BooleanQuery(disableCoord: false)
{
    private float Power => power;

    public override Weight CreateWeight(IndexSearcher searcher) => new CoordinatedWeight(this, searcher, power);

    /// <summary>Equal only with the same power as well as the same clauses (BooleanQuery's equality does not know it).</summary>
    public override bool Equals(object? obj) => obj is CoordinatedQuery other && other.Power == power && base.Equals(obj);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), power);

    private sealed class CoordinatedWeight(BooleanQuery query, IndexSearcher searcher, float power)
        : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) => MathF.Pow((float)overlap / maxOverlap, power);
    }
}
