using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using static NewsSearch.Core.Analysis.ArabicAffixes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Strips the conjunctions و ف and the prepositions ب ل ك from the front of a word when what remains is a
/// word (لفلسطين → فلسطين, بموسكو → موسكو, وبيان → بيان) and never from a word whose first letter is its own
/// (وزير, وزارة, ولايات, بيان: the known words, see <see cref="RootInitialWords"/>). The rule, applied again to
/// what remains so that a clitic form always reduces like the bare word:
/// <list type="bullet">
/// <item>a known word (or an inflection of one) is left alone;</item>
/// <item>a word opening with the article (ال, لل) is left to Lucene's ArabicStemFilter;</item>
/// <item>otherwise a clitic is stripped when the rest opens with the article, is a known word, or is long enough:
/// three letters after و (Lucene's own rule), four after a preposition; ف only before a known word or the article.</item>
/// </list>
/// </summary>
public sealed class CliticFilter : TokenFilter
{
    private readonly WordList[] knownWords;
    private readonly WordList.Stemmer scratch = new();
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public CliticFilter(TokenStream input, params WordList[] knownWords) : base(input)
    {
        this.knownWords = knownWords;
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
        if (n < 3 || !IsCliticLetter(s[at]) || IsKnown(s, at, n)) return 0;
        var conjunction = IsConjunction(s[at]);
        if (conjunction && IsPreposition(s[at + 1]) && Accepts(s, at + 2, length, s[at] == Waw ? 4 : int.MaxValue)) return 2;
        if (conjunction) return Accepts(s, at + 1, length, s[at] == Waw ? 3 : int.MaxValue) ? 1 : 0;
        return Accepts(s, at + 1, length, 4) ? 1 : 0;
    }

    private bool Accepts(char[] s, int at, int length, int minLength)
    {
        var n = length - at;
        return n >= minLength || (n >= 4 && HasArticleAt(s, at, length)) || (n >= 2 && IsKnown(s, at, n));
    }

    private bool IsKnown(char[] s, int at, int n)
    {
        foreach (var list in knownWords)
            if (list.ContainsForm(s, at, n, scratch)) return true;
        return false;
    }
}
