using System.Collections.Immutable;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// The one home of Arabic affixes (on normalised text): the clitics written joined to the front of a word (the
/// conjunctions و ف, the prepositions ب ل ك), the article ال, the attached pronouns, and every rule that adds or
/// removes them. The analysis filters (<see cref="ProtectedWordFilter"/>, <see cref="AttachedPronounFilter"/>,
/// <see cref="TaaMarbutaFilter"/>, <see cref="CliticFilter"/>, <see cref="LeadingWawGuard"/>), the people's name
/// forms (People/NameForms) and the spelling-variant finder (People/NameVariantFinder) use
/// them from here. docs/analysis.md explains the rules with examples.
/// </summary>
internal static class ArabicAffixes
{
    public const char Waw = 'و';
    public const char Feh = 'ف';
    public const char Beh = 'ب';
    public const char Lam = 'ل';
    public const char Kaf = 'ك';
    public const char Alef = 'ا';

    /// <summary>Conjunctions and prepositions written joined to the next word, alone and in pairs: "and", "so", "with", "to",
    /// "like".</summary>
    public static readonly ImmutableArray<string> CliticPrefixes = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

    /// <summary>
    /// The pronouns written joined to the end of a word ("their two", "your two", "their", "their (f.)", "your",
    /// "her", "our", "his"). None ends another, so a word ends in one of them at most.
    /// </summary>
    public static readonly ImmutableArray<string> AttachedPronouns = ["هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه"];

    /// <summary>What a word keeps behind a clitic prefix to be read as prefix + word: shorter rests are words of their own.</summary>
    private const int MinStemLength = 3;

    /// <summary>و and ف: "and", "so".</summary>
    public static bool IsConjunction(char c) => c is Waw or Feh;

    /// <summary>ب, ل, ك: "in/with", "for/to", "like".</summary>
    public static bool IsPreposition(char c) => c is Beh or Lam or Kaf;

    public static bool IsCliticLetter(char c) => IsConjunction(c) || IsPreposition(c);

    /// <summary>Every letter is Arabic (the block U+0600–U+06FF), so clitics may be written on it.</summary>
    public static bool IsArabic(string word) => word.Length > 0 && word.All(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>ال at <paramref name="at"/>.</summary>
    public static bool HasArticleAt(char[] s, int at, int length) =>
        length - at >= 2 && s[at] == Alef && s[at + 1] == Lam;

    /// <summary>ال at <paramref name="at"/>, or لل: the article after the preposition ل, which Lucene's stemmer strips whole.</summary>
    public static bool OpensWithArticle(char[] s, int at, int length) =>
        HasArticleAt(s, at, length) || (s[at] == Lam && length - at >= 2 && s[at + 1] == Lam);

    /// <summary>The token opens with the definite article, after at most one conjunction and one preposition (ال, وال, بال, وبال, لل, ولل
    /// ...).</summary>
    public static bool StartsWithArticle(char[] s, int length) => ArticleEnd(s, length) > 0;

    /// <summary>
    /// Where the word behind the article starts: after ال, لل and the conjunction and preposition before them (وال, بال,
    /// وبال, ولل ...), the letters the stemmed analysis removes (<see cref="CliticFilter"/> the clitics, Lucene's
    /// stemmer the article); 0 without the article.
    /// </summary>
    public static int ArticleEnd(char[] s, int length)
    {
        var at = 0;
        if (at < length && IsConjunction(s[at])) at++;
        if (length - at >= 2 && s[at] == Lam && s[at + 1] == Lam) return at + 2;
        if (at < length && IsPreposition(s[at]) && HasArticleAt(s, at + 1, length)) return at + 3;
        return HasArticleAt(s, at, length) ? at + 2 : 0;
    }

    /// <summary>The word and, if it is Arabic, the word behind each clitic prefix (the forms a name is written in).</summary>
    public static IEnumerable<string> WithClitics(string word) =>
        IsArabic(word) ? [word, .. CliticPrefixes.Select(p => p + word)] : [word];

    /// <summary>Ways to read a word as (clitic prefix, stem): always ("", word), plus each prefix it starts with.</summary>
    public static IEnumerable<(string Prefix, string Stem)> SplitClitics(string word)
    {
        yield return ("", word);
        if (!IsArabic(word)) yield break;
        foreach (var prefix in CliticPrefixes)
            if (word.Length - prefix.Length >= MinStemLength && word.StartsWith(prefix, StringComparison.Ordinal))
                yield return (prefix, word[prefix.Length..]);
    }

    /// <summary>
    /// The و rule for names: where a listed word starts in a token behind [conjunction][preposition][article]
    /// (وويتكوف, لكوشنر, بميامي, والكرملين, للكرملين), or -1 when no listed word is there.
    /// </summary>
    public static int ListedWordStart(char[] s, int length, WordsAndStems words)
    {
        if (words.Contains(s, 0, length)) return 0;
        var at = 0;
        if (IsConjunction(s[0]))
        {
            at = 1;
            if (IsListedFrom(s, at, length, words)) return at;
        }
        if (at < length && IsPreposition(s[at]))
        {
            at++;
            if (IsListedFrom(s, at, length, words)) return at;
            if (s[at - 1] == Lam && at < length && s[at] == Lam && IsListedFrom(s, at + 1, length, words)) return at + 1; // لل
        }
        return HasArticleAt(s, at, length) && IsListedFrom(s, at + 2, length, words) ? at + 2 : -1;
    }

    private static bool IsListedFrom(char[] s, int at, int length, WordsAndStems words) =>
        length - at >= 2 && words.Contains(s, at, length - at);

    /// <summary>
    /// How many letters of clitics to strip at <paramref name="at"/>: 0, 1 or 2 (<see cref="CliticFilter"/> gives
    /// the rule in words). A known word is left alone, the article is left to the stemmer, a conjunction before a
    /// known word goes first, and a clitic goes when the rest opens with the article, is known, or is long enough.
    /// </summary>
    public static int CliticLength(char[] s, int at, int length, RealWordLookup known)
    {
        var n = length - at;
        if (n < 3 || !IsCliticLetter(s[at]) || OpensWithArticle(s, at, length) || known.Contains(s, at, n)) return 0;
        if (!IsConjunction(s[at])) return AcceptsStem(s, at + 1, length, s[at] == Kaf ? int.MaxValue : 4, known) ? 1 : 0;
        if (known.Contains(s, at + 1, n - 1) || OpensWithArticle(s, at + 1, length)) return 1;
        var minLength = s[at] == Waw ? 4 : int.MaxValue;
        if (IsPreposition(s[at + 1]) && AcceptsStem(s, at + 2, length, s[at + 1] == Kaf ? int.MaxValue : minLength, known)) return 2;
        return AcceptsStem(s, at + 1, length, minLength - 1, known) ? 1 : 0;
    }

    private static bool AcceptsStem(char[] s, int at, int length, int minLength, RealWordLookup known)
    {
        var n = length - at;
        return n >= minLength || (n >= 4 && HasArticleAt(s, at, length)) || (n >= 2 && known.Contains(s, at, n));
    }

    /// <summary>
    /// The length of the word without an attached pronoun <see cref="AttachedPronounFilter"/> removes (هما هم هن
    /// كما كم نا; ه and ها are the stemmer's): the rest must be a known word or keep at least four letters (five
    /// before نا), one more when the word opens with a clitic letter; a word with the article takes no pronoun.
    /// </summary>
    public static int WithoutPronoun(char[] s, int length, RealWordLookup known)
    {
        if (length < 5 || StartsWithArticle(s, length)) return length;
        var pronoun = PronounAtEnd(s, length);
        if (pronoun is null or "ها" or "ه") return length;
        var minRest = (pronoun == "نا" ? 5 : 4) + (IsCliticLetter(s[0]) ? 1 : 0);
        var rest = length - pronoun.Length;
        return rest >= minRest || (rest >= 3 && known.Contains(s, 0, rest)) ? rest : length;
    }

    /// <summary>The attached pronoun the word ends in, or null.</summary>
    public static string? PronounAtEnd(char[] s, int length)
    {
        foreach (var pronoun in AttachedPronouns)
            if (EndsWith(s, length, pronoun)) return pronoun;
        return null;
    }

    public static bool EndsWith(char[] s, int length, string suffix)
    {
        if (length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (s[length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }
}
