using System.Buffers;
using System.Text;
using Lucene.Net.Analysis.CharFilters;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The char filter in front of every tokenizer: removes characters that split or hide a word in real feeds
/// (zero-width joiners, bidi marks, BOM, NUL, tatweel/kashida, tashkeel) and folds Arabic presentation forms
/// (U+FB50–U+FDFF, U+FE70–U+FEFC) and a few Persian/Urdu letter forms to their base letters. Lucene's <see cref="MappingCharFilter"/> keeps
/// offsets pointing into the original text, so snippets still mark the word as written.
/// </summary>
public static class TextHazards
{
    private static readonly (NormalizeCharMap Map, SearchValues<char> Chars) Mapping = BuildMapping();

    public static TextReader Wrap(TextReader reader) => new MappingCharFilter(Mapping.Map, reader);

    /// <summary>
    /// True when the text holds a character the filter removes or folds. Most articles hold none, and
    /// the char filter costs twice as much as tokenising, so the indexer skips it for them.
    /// </summary>
    public static bool OccurIn(string text) => text.AsSpan().ContainsAny(Mapping.Chars);

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

    private static (NormalizeCharMap, SearchValues<char>) BuildMapping()
    {
        var builder = new NormalizeCharMap.Builder();
        var mapped = new List<char>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            var replacement = IsInvisible(ch) ? ""
                : LetterForm(ch) is { } letter ? letter.ToString()
                : IsPresentationForm(ch) ? BaseLetters(ch)
                : null;
            if (replacement is null) continue;
            builder.Add(ch.ToString(), replacement);
            mapped.Add(ch);
        }
        return (builder.Build(), SearchValues.Create(mapped.ToArray()));
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
