namespace NewsSearch.Core.Snippets;

/// <summary>
/// Splits text into sentences at Arabic and Latin sentence ends (. ! ? ؟ ؛ … and line breaks),
/// but not at the dot inside a number such as 2.5, nor after a one-letter abbreviation before a name
/// (د. for doctor, م. for engineer, أ.د., initials), which news writes before nearly every title-holder.
/// Closing quotes and brackets right after the end stay with their sentence.
/// </summary>
internal static class PassageSplitter
{
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var passages = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (!IsSentenceEnd(text, i)) { i++; continue; }
            var end = i + 1;
            while (end < text.Length && IsEndMark(text[end])) end++;
            while (end < text.Length && IsCloser(text[end]) && !IsLineBreak(text[end - 1])) end++;
            AddTrimmed(text, start, end, passages);
            start = SkipSpace(text, end);
            i = start;
        }
        AddTrimmed(text, start, text.Length, passages);
        return passages;
    }

    private static bool IsEndMark(char c) => c is '.' or '!' or '?' or '؟' or '؛' or '…' or '\n' or '\r' or '\u2029';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2029';

    private static bool IsCloser(char c) => c is '”' or '»' or ')' or ']' or '"';

    private static bool IsSentenceEnd(string text, int i) =>
        IsEndMark(text[i]) && !(text[i] == '.' && (IsDigitAt(text, i - 1) && IsDigitAt(text, i + 1) || IsAbbreviation(text, i)));

    /// <summary>A dot after a lone letter (after a space, the start or another such dot), with the line going on.</summary>
    private static bool IsAbbreviation(string text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot == 1 || char.IsWhiteSpace(text[dot - 2]) || text[dot - 2] == '.')
        && dot + 1 < text.Length && !IsLineBreak(text[dot + 1]);

    private static bool IsDigitAt(string text, int i) => i >= 0 && i < text.Length && char.IsDigit(text[i]);

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void AddTrimmed(string text, int start, int end, List<(int, int)> passages)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) passages.Add((start, end));
    }
}
