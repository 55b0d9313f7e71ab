using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using static NewsSearch.Core.Analysis.ArabicAffixes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Removes the attached pronouns Lucene's stemmer leaves on (هما هم هن كما كم نا: محادثاتهما → محادثات).
/// ه, ها and ي are left to <see cref="Lucene.Net.Analysis.Ar.ArabicStemFilter"/>. Guards against cutting words
/// that merely end in these letters (تفاهم, مساهم, أحيانا, كورونا): the rest must be a known word (بلادنا → بلاد)
/// or keep at least four letters (five before نا), one more when the word opens with a clitic letter;
/// and a word with the article takes no pronoun.
/// </summary>
public sealed class AttachedPronounFilter : TokenFilter
{
    private static readonly (string Suffix, int MinRest)[] Pronouns =
        [("هما", 4), ("كما", 4), ("هم", 4), ("هن", 4), ("كم", 4), ("نا", 5)];

    private readonly KnownWords known;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public AttachedPronounFilter(TokenStream input, KnownWords known) : base(input)
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
        if (length < 5 || StartsWithArticle(s, length)) return true;
        var extra = IsCliticLetter(s[0]) ? 1 : 0;
        foreach (var (suffix, minRest) in Pronouns)
        {
            if (EndsWith(s, length, suffix))
            {
                var rest = length - suffix.Length;
                if (rest >= minRest + extra || (rest >= 3 && known.Contains(s, 0, rest))) term.Length = rest;
                break;
            }
        }
        return true;
    }

    private static bool EndsWith(char[] s, int length, string suffix)
    {
        if (length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (s[length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }
}
