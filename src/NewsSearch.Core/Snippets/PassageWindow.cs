namespace NewsSearch.Core.Snippets;

/// <summary>
/// Chooses the stretch of a long passage to show: the window of at most the limit that covers the most
/// different query parts, then the most occurrences (earliest on a tie), centred on them and cut at word
/// boundaries. A word is never split; the window only grows past the limit to keep a match whole.
/// </summary>
internal static class PassageWindow
{
    public static (int Start, int End) Fit(string text, Passage passage, int maxChars)
    {
        var (coverStart, coverEnd) = Densest(passage.Matches, maxChars) is { } run ? run : (passage.Start, passage.Start);
        var slack = Math.Max(0, maxChars - (coverEnd - coverStart));
        var from = Math.Max(passage.Start, Math.Min(coverStart - slack / 2, passage.End - maxChars));
        var to = Math.Min(passage.End, Math.Max(from + maxChars, coverEnd));
        var start = WordStart(text, from, passage.Start, coverStart);
        return (start, WordEnd(text, to, start, Math.Max(coverEnd, start), passage.End));
    }

    private static (int Start, int End)? Densest(IReadOnlyList<Match> matches, int maxChars)
    {
        (int Start, int End)? best = null;
        (int Parts, int Count) bestScore = (0, 0);
        for (var i = 0; i < matches.Count; i++)
        {
            var run = matches.Skip(i).TakeWhile((m, k) => k == 0 || m.End - matches[i].Start <= maxChars).ToList();
            var score = (run.Select(m => m.Key).Distinct().Count(), run.Count);
            if (best is not null && score.CompareTo(bestScore) <= 0) continue;
            best = (matches[i].Start, run.Max(m => m.End));
            bestScore = score;
        }
        return best;
    }

    /// <summary>Moves a cut forward to the next word start, or back to its word's start if that would pass <paramref
    /// name="latest"/>.</summary>
    private static int WordStart(string text, int at, int floor, int latest)
    {
        if (at <= floor) return floor;
        while (at < latest && char.IsWhiteSpace(text[at])) at++;
        if (char.IsWhiteSpace(text[at - 1])) return at;
        var forward = at;
        while (forward < latest && !char.IsWhiteSpace(text[forward])) forward++;
        while (forward < latest && char.IsWhiteSpace(text[forward])) forward++;
        if (forward < latest || forward == latest && char.IsWhiteSpace(text[forward - 1])) return forward;
        while (at > floor && !char.IsWhiteSpace(text[at - 1])) at--;
        return at;
    }

    /// <summary>Moves a cut back to the previous word end, or forward to its word's end if that would pass <paramref
    /// name="earliest"/>.</summary>
    private static int WordEnd(string text, int at, int start, int earliest, int ceiling)
    {
        if (at >= ceiling) return ceiling;
        while (at > earliest && char.IsWhiteSpace(text[at - 1])) at--;
        if (char.IsWhiteSpace(text[at])) return at;
        var back = at;
        while (back > earliest && !char.IsWhiteSpace(text[back - 1])) back--;
        while (back > earliest && char.IsWhiteSpace(text[back - 1])) back--;
        if (back > start && (back > earliest || back == earliest && char.IsWhiteSpace(text[back]))) return back;
        while (at < ceiling && !char.IsWhiteSpace(text[at])) at++;
        return at;
    }
}
