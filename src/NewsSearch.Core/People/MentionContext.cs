using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.People;

/// <summary>
/// The words written right before and right after a mention in its field, normalised as the exact fields are,
/// each with the text that separates it from its neighbour on the mention's side. <see cref="Before"/> runs from
/// the nearest word outwards, as does <see cref="After"/>.
/// </summary>
internal sealed class MentionContext
{
    private const int Reach = 8;
    private const string NameJoiners = "«»\"'“”‘’„()[]{}<>ـ-–—";
    private const string RoleJoiners = NameJoiners + "،,";
    private const string Breaks = ".!?؟؛;:\n\r";

    private MentionContext(IReadOnlyList<string> surface,
        IReadOnlyList<(string Word, string Gap)> before, IReadOnlyList<(string Word, string Gap)> after)
    {
        Surface = surface;
        Before = before;
        After = after;
    }

    /// <summary>The mention's own words.</summary>
    public IReadOnlyList<string> Surface { get; }

    public IReadOnlyList<(string Word, string Gap)> Before { get; }
    public IReadOnlyList<(string Word, string Gap)> After { get; }

    public static MentionContext Around(string text, int start, int end)
    {
        var before = Gaps(text, ContextWords.Before(text, start, Reach), start, nearestIsBefore: true);
        var after = Gaps(text, ContextWords.After(text, end, Reach), end, nearestIsBefore: false);
        return new MentionContext(ContextWords.All(text[start..end]), before, after);
    }

    /// <summary>Each word with the text between it and its neighbour on the mention's side.</summary>
    private static List<(string Word, string Gap)> Gaps(string text, List<(string Word, int Start, int End)> words,
        int edge, bool nearestIsBefore)
    {
        var withGaps = new List<(string, string)>(words.Count);
        foreach (var (word, start, end) in words)
        {
            withGaps.Add((word, nearestIsBefore ? text[end..edge] : text[edge..start]));
            edge = nearestIsBefore ? start : end;
        }
        return withGaps;
    }

    /// <summary>True when <paramref name="phrase"/> is written right before the mention (its first word may carry a clitic).</summary>
    public bool Precedes(IReadOnlyList<string> phrase, bool role = false) =>
        Adjacent(Before, phrase.Reverse().ToList(), role, cliticAt: phrase.Count - 1);

    /// <summary>
    /// True when <paramref name="phrase"/> is written right after the mention, as is: a clitic on the next word
    /// (كيري، فالوزير) starts another clause rather than naming the mention.
    /// </summary>
    public bool Follows(IReadOnlyList<string> phrase, bool role = false) => Adjacent(After, phrase, role, cliticAt: -1);

    /// <summary>The word right before the mention when nothing but spaces, quotes or brackets separates them.</summary>
    public string? WordBefore => Before is [var (word, gap), ..] && Joins(gap, NameJoiners) ? word : null;

    /// <summary>The word right after the mention when nothing but spaces, quotes or brackets separates them.</summary>
    public string? WordAfter => After is [var (word, gap), ..] && Joins(gap, NameJoiners) ? word : null;

    private static bool Adjacent(IReadOnlyList<(string Word, string Gap)> side, IReadOnlyList<string> words, bool role, int cliticAt)
    {
        if (words.Count == 0 || side.Count < words.Count) return false;
        for (var i = 0; i < words.Count; i++)
        {
            var (word, gap) = side[i];
            if (!(i == 0 ? Joins(gap, role ? RoleJoiners : NameJoiners) : !gap.Any(c => Breaks.Contains(c)))) return false;
            if (!(i == cliticAt ? Is(word, words[i]) : word == words[i])) return false;
        }
        return true;
    }

    /// <summary>The word is <paramref name="target"/>, or it with a clitic prefix (و ف ب ل ك ...).</summary>
    public static bool Is(string word, string target) =>
        word == target || ArabicAffixes.SplitClitics(word).Skip(1).Any(split => split.Stem == target);

    /// <summary>True when only spaces, quotes, brackets or a comma separate a role from the name.</summary>
    public static bool JoinsRole(string gap) => Joins(gap, RoleJoiners);

    private static bool Joins(string gap, string joiners) => gap.All(c => char.IsWhiteSpace(c) || joiners.Contains(c));
}
