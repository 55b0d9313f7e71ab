using System.CommandLine;
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

    /// <summary>The options as the user wrote them, for <see cref="SearchRequestReader"/>.</summary>
    public static RequestedSearch Requested(ParseResult result, string? query = null) =>
        new(query, Sources: result.GetValue(Source), From: result.GetValue(From), To: result.GetValue(To));

    public static SearchFilter Read(ParseResult result) =>
        Checked(errors => SearchRequestReader.ReadFilter(Requested(result), RequestNames.Cli, errors));

    /// <summary>The value read, or the first refusal as a usage error.</summary>
    internal static T Checked<T>(Func<Dictionary<string, string>, T> read)
    {
        var errors = new Dictionary<string, string>();
        var value = read(errors);
        return errors.Count == 0 ? value : throw new UsageException(errors.Values.First());
    }
}
