using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using static NewsSearch.Core.Analysis.ArabicAffixes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Strips the conjunctions و ف and the prepositions ب ل ك from the front of a word when what remains is a
/// word (لفلسطين → فلسطين, بموسكو → موسكو, وبيان → بيان) and never from a word whose first letter is its own
/// (وزير, وزارة, ولايات, بيان: known words, see <see cref="AttestedWords"/> and <see cref="ProtectedWords"/>). The rule, applied again to
/// what remains so that a clitic form always reduces like the bare word:
/// <list type="bullet">
/// <item>a known word (or an inflection of one) is left alone;</item>
/// <item>a word opening with the article (ال, لل) is left to Lucene's ArabicStemFilter;</item>
/// <item>a conjunction before a known word is stripped first (وكبير → كبير, not بير);</item>
/// <item>otherwise a clitic is stripped when the rest opens with the article, is a known word, or is long enough:
/// three letters after و (Lucene's own rule), four after ب or ل; ف and ك (rarer as clitics, common as first
/// letters of names: كاميرون, كورونا) only before a known word or the article.</item>
/// </list>
/// </summary>
public sealed class CliticFilter : TokenFilter
{
    private readonly KnownWords known;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public CliticFilter(TokenStream input, KnownWords known) : base(input)
    {
        this.known = known;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword) return true;
        var s = term.Buffer;
        var length = term.Length;
        var start = 0;
        for (var cut = CliticLength(s, start, length); cut > 0; cut = CliticLength(s, start, length))
            start += cut;
        if (start > 0) term.CopyBuffer(s, start, length - start);
        return true;
    }

    /// <summary>How many letters of clitics to strip at <paramref name="at"/>: 0, 1 or 2.</summary>
    private int CliticLength(char[] s, int at, int length)
    {
        var n = length - at;
        if (n < 3 || !IsCliticLetter(s[at]) || OpensWithArticle(s, at, length) || IsKnown(s, at, n)) return 0;
        if (!IsConjunction(s[at])) return Accepts(s, at + 1, length, s[at] == Kaf ? int.MaxValue : 4) ? 1 : 0;
        if (IsKnown(s, at + 1, n - 1) || OpensWithArticle(s, at + 1, length)) return 1;
        var minLength = s[at] == Waw ? 4 : int.MaxValue;
        if (IsPreposition(s[at + 1]) && Accepts(s, at + 2, length, s[at + 1] == Kaf ? int.MaxValue : minLength)) return 2;
        return Accepts(s, at + 1, length, minLength - 1) ? 1 : 0;
    }

    /// <summary>لل (ل + ال) is the article after a preposition: Lucene's stemmer strips it whole.</summary>
    private static bool OpensWithArticle(char[] s, int at, int length) =>
        HasArticleAt(s, at, length) || (s[at] == Lam && length - at >= 2 && s[at + 1] == Lam);

    private bool Accepts(char[] s, int at, int length, int minLength)
    {
        var n = length - at;
        return n >= minLength || (n >= 4 && HasArticleAt(s, at, length)) || (n >= 2 && IsKnown(s, at, n));
    }

    private bool IsKnown(char[] s, int at, int n) => known.Contains(s, at, n);
}
