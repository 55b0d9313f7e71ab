namespace NewsSearch.Core.Snippets;

/// <summary>
/// One positive part of a query (a term, an exact phrase, an expansion, a span query), prepared once per
/// query (terms looked up, expansions listed), then asked per document where it occurs.
/// </summary>
internal interface IMatchSource
{
    IEnumerable<Match> Find(DocTokens doc);
}
