namespace NewsSearch.Core.Analysis;

/// <summary>
/// Writes a hamza on a waw or yaa seat (ؤ, ئ) as a bare hamza (ء). Writers disagree on the seat (مسؤول/مسئول,
/// شؤون/شئون) and an attached pronoun moves it (إنهاء/لإنهائه); Lucene's normaliser folds only the alef seats.
/// </summary>
internal readonly struct HamzaSeatFold : ICharacterFold
{
    public static char Fold(char c) => c is 'ؤ' or 'ئ' ? 'ء' : c;
}
