using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.People;

/// <summary>
/// The index forms of a name: its words normalised exactly as the <c>*_exact</c> fields are, with every
/// clitic prefix an Arabic word can carry (<see cref="ArabicAffixes.CliticPrefixes"/>) on the first word, so that
/// <c>ويتكوف</c> also finds <c>وويتكوف</c> and <c>بويتكوف</c>.
/// </summary>
internal static class NameForms
{
    /// <summary>A name not on the people list needs a word at least this long that is not a stop word (<see cref="CanBeAName"/>).</summary>
    public const int MinNameLetters = 3;

    /// <summary>The words of a text as the exact fields index them (lower-cased, Arabic-normalised, diacritics removed).</summary>
    public static IReadOnlyList<string> Tokens(string text) => Words(text).Select(w => w.Word).ToList();

    /// <summary>The words of a text as <see cref="Tokens"/> gives them, each with its offsets in the text.</summary>
    public static IReadOnlyList<(string Word, int Start, int End)> Words(string text) =>
        AnalysedTerms.WithOffsets(SharedAnalyzers.Exact, IndexSchema.BodyExact, text);

    /// <summary>Lucene's Arabic and English stop words, as the exact fields index them.</summary>
    private static readonly HashSet<string> StopWords = new(
        ArabicAnalyzer.DefaultStopSet.Concat(EnglishAnalyzer.DefaultStopSet)
            .SelectMany(w => Tokens(w.ToString()!)), StringComparer.Ordinal);

    /// <summary>
    /// False for text that cannot be searched as a name: it has no word of <see cref="MinNameLetters"/> letters or more
    /// that is not a stop word. <c>من</c> ("who"), <c>في</c> ("in") or one letter would gather most of the index.
    /// </summary>
    public static bool CanBeAName(string text) => Tokens(text).Any(t => t.Length >= MinNameLetters && !StopWords.Contains(t));

    /// <summary>A name reduced for comparing what a user typed with the people list (Latin accents dropped too).</summary>
    public static string Key(string text) => string.Join(' ', Tokens(text).Select(FoldLatin));

    /// <summary>Every word sequence the names may appear as in the index, clitic forms included, without duplicates.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Expand(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var forms = new List<IReadOnlyList<string>>();
        foreach (var tokens in names.Select(Tokens).Where(t => t.Count > 0))
            foreach (var first in ArabicAffixes.WithClitics(tokens[0]))
            {
                IReadOnlyList<string> form = [first, .. tokens.Skip(1)];
                if (seen.Add(string.Join(' ', form))) forms.Add(form);
            }
        return forms;
    }

    private static string FoldLatin(string token)
    {
        if (ArabicAffixes.IsArabic(token)) return token;
        var folded = new StringBuilder(token.Length);
        foreach (var c in token.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
