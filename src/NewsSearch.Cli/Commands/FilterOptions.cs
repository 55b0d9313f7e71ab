using System.CommandLine;
using System.Globalization;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Commands;

/// <summary>The --source, --from and --to options shared by commands that narrow a set of articles.</summary>
public static class FilterOptions
{
    public static readonly Option<string[]> Source = new("--source")
    {
        Description = "Only this outlet (case-insensitive); repeat or comma-separate for several.",
        Arity = ArgumentArity.OneOrMore,
    };
    public static readonly Option<string?> From = new("--from") { Description = "Published on or after this UTC day (YYYY-MM-DD)." };
    public static readonly Option<string?> To = new("--to") { Description = "Published on or before this UTC day (YYYY-MM-DD)." };

    public static IEnumerable<Option> All => [Source, From, To];

    public static SearchFilter Read(ParseResult result)
    {
        var filter = new SearchFilter
        {
            Sources = [.. (result.GetValue(Source) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            From = Day(result.GetValue(From), "--from"),
            To = Day(result.GetValue(To), "--to"),
        };
        if (filter.From > filter.To) throw new UsageException($"--from {filter.From:yyyy-MM-dd} is after --to {filter.To:yyyy-MM-dd}");
        return filter;
    }

    private static DateOnly? Day(string? text, string name)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageException($"{name} must be a day as YYYY-MM-DD, not '{text}'");
    }
}
