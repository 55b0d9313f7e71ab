namespace NewsSearch.Core.Snippets;

/// <summary>
/// Scores a passage the way Lucene's PostingsHighlighter does: BM25 over the passage
/// (term frequency in the passage, term rarity, a length norm) times a small bonus for early passages.
/// </summary>
public static class PassageScorer
{
    private const double K1 = 1.2, B = 0.75, Pivot = 87;

    public static double Score(int passageStart, int passageLength, IEnumerable<Match> matches)
    {
        var lengthNorm = K1 * (1 - B + B * passageLength / Pivot);
        var sum = matches
            .GroupBy(m => m.Key)
            .Sum(g => g.First().Weight * (K1 + 1) * g.Count() / (g.Count() + lengthNorm));
        return sum * PositionBonus(passageStart);
    }

    private static double PositionBonus(int passageStart) => 1 + 1 / Math.Log(Pivot + passageStart);
}
