using Lucene.Net.Analysis.CharFilters;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// A text with its <see cref="TextHazards"/> removed or folded, read as a char filter whose offsets correct back
/// into the original. Built in one pass over the whole string, copying the runs between hazards; Lucene's
/// MappingCharFilter gives the same characters and offsets (tested) but reads one character at a time, which cost
/// the indexer more than tokenising.
/// </summary>
internal sealed class HazardCharFilter : BaseCharFilter
{
    private char[] chars;
    private int length;
    private int next;

    public HazardCharFilter(string text) : base(TextReader.Null)
    {
        chars = new char[text.Length];
        var copied = 0;
        var shift = 0; // original offset minus output offset, after the hazards so far
        for (var at = TextHazards.NextHazard(text, 0); at >= 0; at = TextHazards.NextHazard(text, copied))
        {
            Append(text.AsSpan(copied, at - copied));
            shift = Replace(TextHazards.ReplacementAt(text, at), shift);
            copied = at + 1;
        }
        Append(text.AsSpan(copied));
    }

    /// <summary>Appends a hazard's replacement and records where offsets shift; returns the new shift.</summary>
    private int Replace(string replacement, int shift)
    {
        var start = length;
        Append(replacement);
        if (replacement.Length == 0)
        {
            AddOffCorrectMap(start, shift + 1);
            return shift + 1;
        }
        // A longer replacement (a ligature's letters): each extra letter points back at the ligature.
        for (var extra = 1; extra < replacement.Length; extra++) AddOffCorrectMap(start + extra, shift - extra);
        return shift - (replacement.Length - 1);
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (length + text.Length > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, length + text.Length));
        text.CopyTo(chars.AsSpan(length));
        length += text.Length;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, length - next);
        if (n <= 0) return count == 0 ? 0 : -1;
        Array.Copy(chars, next, buffer, index, n);
        next += n;
        return n;
    }

    public override int Read() => next < length ? chars[next++] : -1;

    public override int Peek() => next < length ? chars[next] : -1;
}
