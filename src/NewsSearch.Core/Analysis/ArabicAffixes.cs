namespace NewsSearch.Core.Analysis;

/// <summary>The letters and prefixes the clitic and pronoun filters reason about (on normalised text).</summary>
internal static class ArabicAffixes
{
    public const char Waw = 'و';
    public const char Feh = 'ف';
    public const char Beh = 'ب';
    public const char Lam = 'ل';
    public const char Kaf = 'ك';
    public const char Alef = 'ا';

    /// <summary>و and ف: "and", "so".</summary>
    public static bool IsConjunction(char c) => c is Waw or Feh;

    /// <summary>ب, ل, ك: "in/with", "for/to", "like".</summary>
    public static bool IsPreposition(char c) => c is Beh or Lam or Kaf;

    public static bool IsCliticLetter(char c) => IsConjunction(c) || IsPreposition(c);

    /// <summary>ال at <paramref name="at"/>, or لل (ل + ال) at the start.</summary>
    public static bool HasArticleAt(char[] s, int at, int length) =>
        length - at >= 2 && s[at] == Alef && s[at + 1] == Lam;

    /// <summary>The token opens with the definite article, after at most one conjunction and one preposition (ال, وال, بال, وبال, لل, ولل ...).</summary>
    public static bool StartsWithArticle(char[] s, int length)
    {
        var at = 0;
        if (at < length && IsConjunction(s[at])) at++;
        if (length - at >= 2 && s[at] == Lam && s[at + 1] == Lam) return true;
        if (at < length && IsPreposition(s[at]) && HasArticleAt(s, at + 1, length)) return true;
        return HasArticleAt(s, at, length);
    }
}
