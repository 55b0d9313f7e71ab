namespace NewsSearch.Core.Searching;

/// <summary>
/// Which articles a search may return, regardless of the words: any of <see cref="Sources"/>
/// (matched case-insensitively) and published between <see cref="From"/> and <see cref="To"/>,
/// whole UTC days, both inclusive. A date range excludes articles without a date.
/// </summary>
public sealed record SearchFilter
{
    public static readonly SearchFilter None = new();

    public IReadOnlyList<string> Sources { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public bool HasDateRange => From is not null || To is not null;
    public bool IsEmpty => Sources.Count == 0 && !HasDateRange;

    /// <summary>Both filters at once: sources add up (any of them), date ranges intersect.</summary>
    public SearchFilter And(SearchFilter other) => new()
    {
        Sources = [.. Sources.Concat(other.Sources).Distinct(StringComparer.OrdinalIgnoreCase)],
        From = Latest(From, other.From),
        To = Earliest(To, other.To),
    };

    /// <exception cref="QuerySyntaxException">The range ends before it starts.</exception>
    public void Validate()
    {
        if (From > To) throw new QuerySyntaxException($"the date range starts on {From:yyyy-MM-dd}, after it ends on {To:yyyy-MM-dd}");
    }

    private static DateOnly? Latest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
