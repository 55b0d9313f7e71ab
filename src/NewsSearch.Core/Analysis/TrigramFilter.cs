using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Replaces each token by its character trigrams, in order (<c>شعيبا</c> → <c>شعي عيب يبا</c>); a token shorter
/// than three characters gives none. The first trigram takes the token's position, the others stack on it, and all
/// keep its offsets. Lucene's NGramTokenFilter does this for any gram size but snapshots every attribute of every
/// token; the indexer runs this on every stemmed word, so it copies only the term.
/// </summary>
internal sealed class TrigramFilter : TokenFilter
{
    public const int Length = 3;

    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private char[] word = new char[32];
    private int wordLength;
    private int next;

    public TrigramFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (next + Length > wordLength)
        {
            if (!m_input.IncrementToken()) return false;
            if (word.Length < term.Length) word = new char[term.Length * 2];
            Array.Copy(term.Buffer, word, term.Length);
            (wordLength, next) = (term.Length, 0);
        }
        term.CopyBuffer(word, next, Length);
        if (next > 0) increment.PositionIncrement = 0;
        next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        (wordLength, next) = (0, 0);
    }
}
