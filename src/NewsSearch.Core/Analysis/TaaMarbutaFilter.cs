using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Before a pronoun the taa marbuta is written ت (سيادة → سيادتها, حكومة → حكومتهم), which Lucene's stemmer
/// never relates to the bare word. Written ت + pronoun becomes ة, so the stemmer sees سيادة. Runs before
/// normalisation, while ة and ه are still distinct. Guards: no article (a word with ال takes no pronoun: المتهم),
/// at least three letters before the ت besides a clitic (بيتها, وقته, لبيته keep their root ت) and no ا before it
/// (the plural ات: محادثاتهما).
/// </summary>
internal sealed class TaaMarbutaFilter : TokenFilter
{
    private const char Teh = 'ت';
    private const char TehMarbuta = 'ة';
    private const int MinLettersBefore = 3;

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public TaaMarbutaFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var s = term.Buffer;
        if (keyword.IsKeyword || ArabicAffixes.StartsWithArticle(s, term.Length)) return true;
        var clitic = ArabicAffixes.IsCliticLetter(s[0]) ? 1 : 0;
        foreach (var pronoun in ArabicAffixes.AttachedPronouns)
        {
            var teh = term.Length - pronoun.Length - 1;
            if (teh - clitic < MinLettersBefore || !ArabicAffixes.EndsWith(s, term.Length, pronoun)) continue;
            if (s[teh] == Teh && s[teh - 1] != 'ا')
            {
                s[teh] = TehMarbuta;
                term.Length = teh + 1;
            }
            break;
        }
        return true;
    }
}
