using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The char filter in front of every tokenizer: removes characters that split or hide a word in real feeds
/// (zero-width joiners, bidi marks, BOM, NUL, tatweel/kashida, tashkeel) and folds Arabic presentation forms
/// (U+FB50–U+FDFF, U+FE70–U+FEFC) and a few Persian/Urdu letter forms to their base letters. A full stop or colon
/// written between two Arabic letters with no space (<c>تدريبات.وشهدت</c>, <c>د.عبدالله</c>, a typo common in the
/// feeds) becomes a space: the tokenizer (Unicode word breaks) would keep the two words as one. Offsets still point
/// into the original text (<see cref="HazardCharFilter"/>), so snippets mark the word as written.
/// </summary>
internal static class TextHazards
{
    private static readonly FrozenDictionary<char, string> Replacements = BuildReplacements();
    private static readonly SearchValues<char> HazardsOrJoins = SearchValues.Create([.. Replacements.Keys, .. WordJoins]);

    /// <summary>Punctuation the Unicode word breaks keep inside a word between two letters (MidLetter, MidNumLet).</summary>
    private const string WordJoins = ".:";

    /// <summary>The reader's text with every hazard removed or folded; offsets correct back into the original.</summary>
    public static TextReader Wrap(TextReader reader) => Wrap(ReadAll(reader));

    /// <inheritdoc cref="Wrap(TextReader)"/>
    public static TextReader Wrap(string text) => OccurIn(text) ? new HazardCharFilter(text) : new StringReader(text);

    /// <summary>Lucene's reusable readers do not implement <see cref="TextReader.ReadToEnd"/>.</summary>
    private static string ReadAll(TextReader reader)
    {
        var text = new StringBuilder();
        var buffer = new char[1024];
        for (var n = reader.Read(buffer, 0, buffer.Length); n > 0; n = reader.Read(buffer, 0, buffer.Length)) text.Append(buffer, 0, n);
        return text.ToString();
    }

    /// <summary>True when the text holds a character the filter removes, folds or turns into a space.</summary>
    public static bool OccurIn(string? text) => text is not null && NextHazard(text, 0) >= 0;

    /// <summary>Where the next hazard at or after <paramref name="from"/> is in <paramref name="text"/>, or -1.</summary>
    internal static int NextHazard(string text, int from)
    {
        while (from < text.Length && text.AsSpan(from).IndexOfAny(HazardsOrJoins) is var found and >= 0)
        {
            var at = from + found;
            if (Replacements.ContainsKey(text[at]) || JoinsWords(text, at)) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>What the hazard at <paramref name="at"/> becomes: empty when it is dropped.</summary>
    internal static string ReplacementAt(string text, int at) => Replacements.GetValueOrDefault(text[at]) ?? " ";

    /// <summary>What a character becomes: null when it is no hazard, empty when it is dropped.</summary>
    public static string? Replacement(char c) => Replacements.GetValueOrDefault(c);

    /// <summary>
    /// A full stop or colon with an Arabic letter (or a word's last tashkeel) before it and a word of at least
    /// <see cref="JoinedWordLetters"/> Arabic letters after it; the dots of an abbreviation (أ.ف.ب, ان.بي.سي, ت.غ) join
    /// letters or pairs and stay one word.
    /// </summary>
    private static bool JoinsWords(string text, int at)
    {
        if (!WordJoins.Contains(text[at]) || at == 0) return false;
        if (!IsArabicLetter(text[at - 1]) && text[at - 1] is not (>= '\u064B' and <= '\u065F')) return false;
        for (var i = at + 1; i <= at + JoinedWordLetters; i++)
            if (i >= text.Length || !IsArabicLetter(text[i])) return false;
        return true;
    }

    private const int JoinedWordLetters = 3;

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

    /// <summary>True for a character that carries no letter: it is dropped wherever it appears.</summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\0' or '\u00AD' or '\u061C' or '\u0640' or '\uFEFF' => true,
        >= '\u200C' and <= '\u200F' => true,            // ZWNJ, ZWJ, LRM, RLM
        >= '\u202A' and <= '\u202E' => true,            // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => true,            // bidi isolates
        >= '\u064B' and <= '\u065F' or '\u0670' => true, // tashkeel, superscript alef
        _ => false,
    };

    private static FrozenDictionary<char, string> BuildReplacements()
    {
        var replacements = new Dictionary<char, string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            var replacement = IsInvisible(ch) ? ""
                : LetterForm(ch) is { } letter ? letter.ToString()
                : IsPresentationForm(ch) ? BaseLetters(ch)
                : null;
            if (replacement is null) continue;
            replacements[ch] = replacement;
        }
        return replacements.ToFrozenDictionary();
    }

    /// <summary>Persian/Urdu letter forms that Lucene's PersianNormalizationFilter leaves (ە ھ ۃ ڪ) mapped to Arabic.</summary>
    private static char? LetterForm(char c) => c switch
    {
        '\u06D5' or '\u06BE' => 'ه',
        '\u06C3' => 'ة',
        '\u06AA' => 'ك',
        _ => null,
    };

    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC';

    private static string? BaseLetters(char c)
    {
        var folded = c.ToString().Normalize(NormalizationForm.FormKC);
        if (folded == c.ToString()) return null;
        var letters = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (!IsInvisible(ch)) letters.Append(ch);
        return letters.ToString().Trim();
    }
}
