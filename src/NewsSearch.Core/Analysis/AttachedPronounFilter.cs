using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Removes the attached pronouns Lucene's stemmer leaves on (هما هم هن كما كم نا: محادثاتهما → محادثات).
/// ه, ها and ي are left to <see cref="Lucene.Net.Analysis.Ar.ArabicStemFilter"/>. Guards against cutting words
/// that merely end in these letters (تفاهم, مساهم, أحيانا, كورونا): the rest must be a known word (بلادنا → بلاد)
/// or keep at least four letters (five before نا), one more when the word opens with a clitic letter;
/// and a word with the article takes no pronoun. The rule: <see cref="ArabicAffixes.WithoutPronoun"/>.
/// </summary>
internal sealed class AttachedPronounFilter : KeywordAwareFilter
{
    private readonly RealWordLookup known;

    public AttachedPronounFilter(TokenStream input, RealWordLookup known) : base(input) => this.known = known;

    protected override void Rewrite() => Term.Length = ArabicAffixes.WithoutPronoun(Term.Buffer, Term.Length, known);
}
