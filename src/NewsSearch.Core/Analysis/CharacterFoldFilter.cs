using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Folds every character of each token by <typeparamref name="TFold"/> (<see cref="DecimalDigitFold"/>,
/// <see cref="HamzaSeatFold"/>). A struct rule, so the fold is compiled into the loop rather than called per character.
/// </summary>
internal sealed class CharacterFoldFilter<TFold> : TokenFilter where TFold : struct, ICharacterFold
{
    private readonly ICharTermAttribute term;

    public CharacterFoldFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        Fold(term.Buffer, term.Length);
        return true;
    }

    public static void Fold(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++) buffer[i] = TFold.Fold(buffer[i]);
    }
}
