namespace NewsSearch.Core.Analysis;

/// <summary>
/// "Is this a real word?" for the affix filters: a form (or inflection) of a protected or attested word.
/// One instance per token stream: it owns a scratch buffer.
/// </summary>
internal sealed class RealWordLookup(WordsAndStems words)
{
    private readonly WordsAndStems.Stemmer scratch = new();

    public bool Contains(char[] buffer, int offset, int length) => words.ContainsForm(buffer, offset, length, scratch);
}
