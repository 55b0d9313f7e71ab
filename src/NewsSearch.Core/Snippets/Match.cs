namespace NewsSearch.Core.Snippets;

/// <summary>
/// One place in a stored text where the query matched: a whole surface token, as offsets into that text.
/// <paramref name="Key"/> names what matched (a term or a phrase) and <paramref name="Weight"/> is its rarity (BM25 idf).
/// </summary>
public readonly record struct Match(int Start, int End, string Key, float Weight)
{
    public int Length => End - Start;
}
