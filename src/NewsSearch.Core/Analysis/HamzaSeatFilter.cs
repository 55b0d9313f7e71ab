using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Writes a hamza on a waw or yaa seat (ؤ, ئ) as a bare hamza (ء). Writers disagree on the seat (مسؤول/مسئول,
/// شؤون/شئون) and an attached pronoun moves it (إنهاء/لإنهائه); Lucene's normaliser folds only the alef seats.
/// </summary>
internal sealed class HamzaSeatFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public HamzaSeatFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        Normalize(term.Buffer, term.Length);
        return true;
    }

    public static void Normalize(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
            if (buffer[i] is 'ؤ' or 'ئ') buffer[i] = 'ء';
    }
}
