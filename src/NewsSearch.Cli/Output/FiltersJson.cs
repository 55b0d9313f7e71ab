using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

public sealed record FiltersJson(IReadOnlyList<string> Sources, DateOnly? From, DateOnly? To, int? UndatedExcluded)
{
    public static FiltersJson? Of(SearchFilter filter, int undatedExcluded) =>
        filter.IsEmpty ? null : new(filter.Sources, filter.From, filter.To, filter.HasDateRange ? undatedExcluded : null);
}
