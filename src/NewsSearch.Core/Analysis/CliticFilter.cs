using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Strips the conjunctions و ف and the prepositions ب ل ك from the front of a word when what remains is a
/// word (لفلسطين → فلسطين, بموسكو → موسكو, وبيان → بيان) and never from a word whose first letter is its own
/// (وزير, وزارة, ولايات, بيان: known words, see <see cref="CorpusNouns"/> and <see cref="ProtectedWords"/>). The rule, applied again to
/// what remains so that a clitic form always reduces like the bare word:
/// <list type="bullet">
/// <item>a known word (or an inflection of one) is left alone;</item>
/// <item>a word opening with the article (ال, لل) is left to Lucene's ArabicStemFilter;</item>
/// <item>a conjunction before a known word is stripped first (وكبير → كبير, not بير);</item>
/// <item>otherwise a clitic is stripped when the rest opens with the article, is a known word, or is long enough:
/// three letters after و (Lucene's own rule), four after ب or ل; ف and ك (rarer as clitics, common as first
/// letters of names: كاميرون, كورونا) only before a known word or the article.</item>
/// </list>
/// The rule itself: <see cref="ArabicAffixes.CliticLength"/>.
/// </summary>
internal sealed class CliticFilter : KeywordAwareFilter
{
    private readonly RealWordLookup known;

    public CliticFilter(TokenStream input, RealWordLookup known) : base(input) => this.known = known;

    protected override void Rewrite()
    {
        var s = Term.Buffer;
        var length = Term.Length;
        var start = 0;
        for (var cut = ArabicAffixes.CliticLength(s, start, length, known);
             cut > 0;
             cut = ArabicAffixes.CliticLength(s, start, length, known))
            start += cut;
        if (start > 0) Term.CopyBuffer(s, start, length - start);
    }
}
