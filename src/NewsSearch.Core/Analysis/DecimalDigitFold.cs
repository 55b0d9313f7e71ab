using System.Globalization;

namespace NewsSearch.Core.Analysis;

/// <summary>Folds every Unicode decimal digit (Arabic-Indic ٢٠٢٢, Persian ۲۰۲۲ ...) to ASCII, so ٢٠٢٢ matches 2022.</summary>
internal readonly struct DecimalDigitFold : ICharacterFold
{
    public static char Fold(char c) =>
        c > '\u007F' && char.IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c;
}
