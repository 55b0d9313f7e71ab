namespace NewsSearch.Core.Snippets;

/// <summary>
/// One occurrence of a query part in a stored text: a term gives one token, a phrase one token per word.
/// Each token is a whole surface token, as offsets read from the index. <paramref name="Key"/> names the
/// query part (occurrences of the same part share it) and <paramref name="Weight"/> is its rarity (BM25 idf).
/// </summary>
public sealed record Match(string Key, float Weight, IReadOnlyList<Mark> Tokens)
{
    public int Start => Tokens[0].Start;
    public int End => Tokens[^1].End;
}
