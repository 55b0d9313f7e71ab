using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Before a pronoun the taa marbuta is written ت (سيادة → سيادتها, حكومة → حكومتهم), which Lucene's stemmer
/// never relates to the bare word. Written ت + pronoun becomes ة, so the stemmer sees سيادة. Runs before
/// normalisation, while ة and ه are still distinct. Guards: no article (a word with ال takes no pronoun: المتهم),
/// at least three letters before the ت besides a clitic (بيتها, وقته, لبيته keep their root ت) and no ا before it
/// (the plural ات: محادثاتهما).
/// </summary>
internal sealed class TaaMarbutaFilter : KeywordAwareFilter
{
    private const char Teh = 'ت';
    private const char TehMarbuta = 'ة';
    private const int MinLettersBefore = 3;

    public TaaMarbutaFilter(TokenStream input) : base(input) { }

    protected override void Rewrite()
    {
        var s = Term.Buffer;
        if (ArabicAffixes.StartsWithArticle(s, Term.Length)) return;
        var clitic = ArabicAffixes.IsCliticLetter(s[0]) ? 1 : 0;
        foreach (var pronoun in ArabicAffixes.AttachedPronouns)
        {
            var teh = Term.Length - pronoun.Length - 1;
            if (teh - clitic < MinLettersBefore || !ArabicAffixes.EndsWith(s, Term.Length, pronoun)) continue;
            if (s[teh] == Teh && s[teh - 1] != 'ا')
            {
                s[teh] = TehMarbuta;
                Term.Length = teh + 1;
            }
            break;
        }
    }
}
