using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>Folds every Unicode decimal digit (Arabic-Indic ٢٠٢٢, Persian ۲۰۲۲ ...) to ASCII, so ٢٠٢٢ matches 2022.</summary>
internal sealed class DecimalDigitFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public DecimalDigitFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++)
        {
            var c = buffer[i];
            if (c > '\u007F' && char.IsDigit(c)) buffer[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
        }
        return true;
    }
}
