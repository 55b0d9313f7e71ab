using System.Text;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Turns into spaces the punctuation of news text that Lucene's classic syntax would misread, outside quotes:
/// <list type="bullet">
/// <item>a colon after a word that is no field (<c>الزياني: دعم</c> would search the field «الزياني»);</item>
/// <item>exclamation marks ending a word or standing in a row (<c>للسعودية؟!</c>, <c>!!ميامي</c> would be a lone NOT);</item>
/// <item>a slash anywhere but at the start of a word, or in a run of slashes (<c>عام / مقتل</c>, <c>اقتصادي/ وزارة</c>,
/// <c>2015/07/21</c>, <c>بالصور // …</c> would start a regular expression);</item>
/// <item>braces used as quotation marks (<c>{الشرق الأوسط}</c>, as Asharq Al-Awsat writes) and square brackets that hold
/// no range (<c>[فيديو]</c>); brackets left empty (<c>(!!)</c>); a caret with no number after it;</item>
/// <item>a quote that ends a word but opens nothing (a headline cut after its opening quote);</item>
/// <item>a "word" of marks only (<c>-</c>, <c>+</c>, <c>!!</c>, <c>--</c>, <c>-*</c>, <c>*</c>, <c>~</c>, <c>\</c> between
/// spaces: a dash or a bullet, which would be a lone operator (<c>المعرفة - محمد</c> would exclude محمد), match every
/// word or make the word before it fuzzy);</item>
/// <item>question marks ending a word (<c>النووي?</c>, <c>بالبنك??</c>: a Latin question mark, not a wildcard; a
/// <c>?</c> inside a word still stands for one letter).</item>
/// </list>
/// Operators written as operators (<c>-word</c>, <c>!word</c>, <c>title:word</c>, <c>{a TO b}</c>, <c>word^2</c>) are
/// left alone, and so are a slash starting a word (<c>/regex/</c>, refused with its own message) and a quote left open
/// before a word (refused: "a quote is not closed").
/// </summary>
internal static class QueryPunctuation
{
    public static string Neutralise(string text, IReadOnlySet<string> fields)
    {
        var result = new StringBuilder(text);
        var (inQuote, inRange) = (false, false);
        var (wordStart, quoteAt) = (0, -1);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!inQuote && !inRange && i == wordStart && MarksOnly(text, i) is var end and > 0)
                i = Blank(result, i, end);
            else if (!inQuote && !inRange && c == '?' && QuestionMarksEnd(text, wordStart, i) is var wordEnd and > 0)
                i = Blank(result, i, wordEnd);
            else if (c == '\\') i++;
            else if (c == '"') (inQuote, wordStart, quoteAt) = (!inQuote, i + 1, i);
            else if (inQuote) continue;
            else if (inRange) inRange = c is not (']' or '}');
            else if (c is '[' or '{' or '}' or '(' or ')' or ']' || char.IsWhiteSpace(c))
            {
                inRange = c is '[' or '{' && IsRange(text, i);
                if (c is '{' or '}' or '[' or ']' && !inRange) result[i] = ' ';
                wordStart = i + 1;
            }
            else if (IsMisread(text, i, wordStart, fields)) result[i] = ' ';
        }
        // A quote that closes a word but opens nothing (a headline cut after its opening quote: «سيكو" تدرج») is text.
        if (inQuote && quoteAt > 0 && !char.IsWhiteSpace(text[quoteAt - 1])
            && (EndsWord(text, quoteAt) || char.IsPunctuation(text[quoteAt + 1])))
            return Neutralise(text[..quoteAt] + ' ' + text[(quoteAt + 1)..], fields);
        BlankEmptyBrackets(result);
        return result.ToString();
    }

    /// <summary>Spaces from <paramref name="start"/> up to <paramref name="end"/>; returns the last blanked index, so the
    /// loop reads what ends the word (a space or a bracket) next.</summary>
    private static int Blank(StringBuilder text, int start, int end)
    {
        for (var i = start; i < end; i++) text[i] = ' ';
        return end - 1;
    }

    /// <summary>Brackets left holding nothing (<c>(!!)</c> once its marks are spaces), outside quotes, are spaces too.</summary>
    private static void BlankEmptyBrackets(StringBuilder text)
    {
        var inQuote = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') inQuote = !inQuote;
            else if (!inQuote && text[i] == '(')
            {
                var close = i + 1;
                while (close < text.Length && char.IsWhiteSpace(text[close])) close++;
                if (close < text.Length && text[close] == ')') text[i] = text[close] = ' ';
            }
        }
    }

    private static bool IsMisread(string text, int i, int wordStart, IReadOnlySet<string> fields) => text[i] switch
    {
        ':' => !fields.Contains(text[wordStart..i].TrimStart('+', '-', '!')),
        '!' => i > wordStart || EndsWord(text, i) || text[i + 1] == '!',
        '/' => i > wordStart || EndsWord(text, i) || text[i + 1] == '/',
        '^' => i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]),
        _ => false,
    };

    /// <summary>A range runs from <c>[</c> or <c>{</c> to the next <c>]</c> or <c>}</c> and holds <c> TO </c>.</summary>
    private static bool IsRange(string text, int open)
    {
        var close = text.IndexOfAny([']', '}'], open + 1);
        return close > 0 && text.AsSpan(open, close - open).Contains(" TO ", StringComparison.Ordinal);
    }

    /// <summary>Marks that mean something to the syntax but are punctuation when a whitespace-separated word is made of them only.</summary>
    private const string Marks = "-+!*?~^/\\";

    /// <returns>Where the word starting at <paramref name="start"/> ends, when it is marks only (a backslash only alone,
    /// as <c>\-</c> is an escaped dash); else 0.</returns>
    private static int MarksOnly(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ')') end++;
        var word = text.AsSpan(start, end - start);
        if (word.IsEmpty || word.ContainsAnyExcept(Marks) || (word.Contains('\\') && word.ContainsAnyExcept('\\'))) return 0;
        return end;
    }

    /// <returns>Where the word ends, when the question mark at <paramref name="i"/> starts a run of question and
    /// exclamation marks that ends a word of letters with no wildcard (a pattern's <c>?</c> stays one); else 0.</returns>
    private static int QuestionMarksEnd(string text, int wordStart, int i)
    {
        var before = text.AsSpan(wordStart, i - wordStart);
        if (before.IsEmpty || before.ContainsAny('*', '?') || !before.ContainsAnyExcept(Marks)) return 0;
        for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            if (text[i] is not ('?' or '!' or '؟')) return 0;
        return i;
    }

    private static bool EndsWord(string text, int i) => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
}
