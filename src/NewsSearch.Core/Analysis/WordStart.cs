using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The start of a word as a query's prefix (<c>المفاوض*</c>) or wildcard (<c>م?اوض*</c>) gives it, analysed as the
/// fields analyse whole words: its letters folded like the index's (case, digits, presentation forms, tatweel,
/// diacritics, hamza seats, taa marbuta, alef maqsura: <see cref="ExactFormAnalyzer.Normalising"/>, the folds the
/// stemmed fields apply as well), chunk by chunk between the wildcards; for the stemmed fields, the article and
/// the clitics before it (ال وال بال لل ...) removed as the stemmed analysis removes them
/// (<see cref="ArabicAffixes.ArticleEnd"/>). Nothing is cut from its end: a prefix is not a whole word.
/// </summary>
internal static partial class WordStart
{
    /// <summary>A prefix's letters (Lucene has taken the * off and the escapes out).</summary>
    public static string OfPrefix(string prefix, bool stemmed) => stemmed ? WithoutArticle(Fold(prefix)) : Fold(prefix);

    /// <summary>A wildcard pattern: its * and ? and \-escaped characters stay as they are, the text between them is folded.</summary>
    public static string OfPattern(string pattern, bool stemmed)
    {
        var text = new StringBuilder();
        foreach (var piece in Wildcards().Split(pattern))
            text.Append(Wildcards().IsMatch(piece) ? piece : Fold(piece));
        return stemmed ? WithoutArticle(text.ToString()) : text.ToString();
    }

    /// <summary>The folds of the exact-form fields, on the text read as one token.</summary>
    private static string Fold(string text)
    {
        if (text.Length == 0) return text;
        using var tokenizer = new KeywordTokenizer(TextHazards.Wrap(text));
        using var stream = ExactFormAnalyzer.Normalising(NewsAnalyzer.CommonFront(tokenizer));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var folded = stream.IncrementToken() ? term.ToString() : "";
        stream.End();
        return folded;
    }

    private static string WithoutArticle(string text) => text[ArabicAffixes.ArticleEnd(text.ToCharArray(), text.Length)..];

    [GeneratedRegex(@"(\\.|[*?])", RegexOptions.Singleline)]
    private static partial Regex Wildcards();
}
