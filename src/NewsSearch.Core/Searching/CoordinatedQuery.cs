using Lucene.Net.Search;

namespace NewsSearch.Core.Searching;

/// <summary>
/// A query of one SHOULD clause per query word whose score is scaled by the share of the words an article
/// contains: score × (matched / words)<sup>power</sup>. BM25 only adds up what matches; this also counts what
/// is missing, so an article with more of the words ranks above one that repeats fewer of them often.
/// </summary>
internal sealed class CoordinatedQuery(float power) : BooleanQuery(disableCoord: false)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new CoordinatedWeight(this, searcher, power);

    private sealed class CoordinatedWeight(BooleanQuery query, IndexSearcher searcher, float power)
        : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) => MathF.Pow((float)overlap / maxOverlap, power);
    }
}
