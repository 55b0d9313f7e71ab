namespace NewsSearch.Core.Searching;

public sealed record SearchRequest(string Query)
{
    public const int MaxPageSize = 100;
    /// <summary>
    /// The result window: no request reaches past the first this-many hits (page × size), from the CLI, the API or a
    /// cluster; deep paging costs memory per request and per shard, and a reader wants a narrower query long before.
    /// </summary>
    public const int MaxResultWindow = 1000;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>
    /// Take the query as plain text, ranked like <c>newssearch eval</c> (<see cref="LiteralQueryBuilder"/>):
    /// any word may match, quotes and operators are text. Otherwise the query language applies.
    /// </summary>
    public bool Literal { get; init; }
    /// <summary>Filters given beside the query (CLI options, API parameters); the query's own source:/date: add to them.</summary>
    public SearchFilter Filter { get; init; } = SearchFilter.None;
    public ResultOrder Order { get; init; } = ResultOrder.Relevance;
    /// <summary>False when only the ranking is wanted (the evaluation): the hits come without snippets.</summary>
    internal bool Snippets { get; init; } = true;
}
