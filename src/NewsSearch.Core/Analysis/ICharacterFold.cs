namespace NewsSearch.Core.Analysis;

/// <summary>A rule that writes one character as another (or leaves it), the same wherever it stands in a word.</summary>
internal interface ICharacterFold
{
    static abstract char Fold(char c);
}
