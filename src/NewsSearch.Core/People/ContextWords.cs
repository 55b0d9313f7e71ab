using System.Collections.Concurrent;
using System.Globalization;

namespace NewsSearch.Core.People;

/// <summary>
/// Words of running text for reading a mention's surroundings: split at every character that is not a letter,
/// digit, mark or tatweel, each word normalised as the exact fields normalise it (<see cref="NameForms.Tokens"/>),
/// remembered per spelling so a corpus of articles costs one analysis per distinct word, not per occurrence.
/// </summary>
internal static class ContextWords
{
    private const int MaxRemembered = 200_000;
    private static readonly ConcurrentDictionary<string, string> Normalised = new(StringComparer.Ordinal);

    /// <summary>Up to <paramref name="count"/> words ending at or before <paramref name="end"/>, nearest first, with their
    /// offsets.</summary>
    public static List<(string Word, int Start, int End)> Before(string text, int end, int count)
    {
        var words = new List<(string, int, int)>(Math.Min(count, 16));
        var i = end - 1;
        while (words.Count < count && i >= 0)
        {
            while (i >= 0 && !IsWordChar(text[i])) i--;
            if (i < 0) break;
            var wordEnd = i + 1;
            while (i >= 0 && IsWordChar(text[i])) i--;
            if (Normalise(text[(i + 1)..wordEnd]) is { Length: > 0 } word) words.Add((word, i + 1, wordEnd));
        }
        return words;
    }

    /// <summary>Up to <paramref name="count"/> words starting at or after <paramref name="start"/>, nearest first, with their
    /// offsets.</summary>
    public static List<(string Word, int Start, int End)> After(string text, int start, int count)
    {
        var words = new List<(string, int, int)>(Math.Min(count, 16));
        var i = start;
        while (words.Count < count && i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            if (i >= text.Length) break;
            var wordStart = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (Normalise(text[wordStart..i]) is { Length: > 0 } word) words.Add((word, wordStart, i));
        }
        return words;
    }

    /// <summary>Every word of the text, in order.</summary>
    public static List<string> All(string text) => After(text, 0, int.MaxValue).Select(w => w.Word).ToList();

    private static string Normalise(string raw)
    {
        if (Normalised.TryGetValue(raw, out var known)) return known;
        if (Normalised.Count >= MaxRemembered) Normalised.Clear();
        return Normalised[raw] = string.Join(' ', NameForms.Tokens(raw));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u0640' || c == '\u200C' || c == '\u200D'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
