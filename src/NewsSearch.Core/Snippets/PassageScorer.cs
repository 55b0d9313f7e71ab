namespace NewsSearch.Core.Snippets;

/// <summary>
/// Scores a passage the way Lucene's PostingsHighlighter does: BM25 over the passage
/// (occurrences of each query part in the passage, the part's rarity in the index, a length norm)
/// times a small bonus for passages early in the text. See docs/highlighting.md for the formula.
/// </summary>
internal static class PassageScorer
{
    private const double K1 = 1.2, B = 0.75, Pivot = 87;

    public static double Score(int passageStart, int passageLength, IEnumerable<Match> matches)
    {
        var norm = K1 * (1 - B + B * passageLength / Pivot);
        var sum = matches
            .GroupBy(m => m.Key)
            .Sum(part => part.Max(m => m.Weight) * (K1 + 1) * part.Count() / (part.Count() + norm));
        return sum * PositionBonus(passageStart);
    }

    private static double PositionBonus(int passageStart) => 1 + 1 / Math.Log(Pivot + passageStart);
}
