namespace NewsSearch.Core.Searching;

/// <summary>
/// The words a user orders hits with (CLI <c>--sort</c>, API <c>sort</c>) and the one word each order is echoed as:
/// <c>relevance</c>, <c>date</c> (newest first), <c>date-asc</c> (oldest first).
/// </summary>
public static class SortWords
{
    public const string Relevance = "relevance";
    public const string Date = "date";
    public const string DateAscending = "date-asc";

    public static readonly IReadOnlyList<string> All = [Relevance, Date, DateAscending];

    /// <summary>The order a word asks for; null for any other word.</summary>
    public static ResultOrder? Parse(string word) => word switch
    {
        Relevance => ResultOrder.Relevance,
        Date => ResultOrder.Newest,
        DateAscending => ResultOrder.Oldest,
        _ => null,
    };

    public static string Of(ResultOrder order) => order switch
    {
        ResultOrder.Newest => Date,
        ResultOrder.Oldest => DateAscending,
        _ => Relevance,
    };

    /// <summary>"relevance, date or date-asc".</summary>
    public static string Listed => $"{string.Join(", ", All.Take(All.Count - 1))} or {All[^1]}";
}
