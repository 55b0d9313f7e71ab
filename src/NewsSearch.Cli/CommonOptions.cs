using System.CommandLine;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli;

public static class CommonOptions
{
    public static readonly Option<string?> Index = NotBlank(new("--index")
    {
        Description = "Index folder (default: $NEWSSEARCH_INDEX, else index/ beside NewsSearch.sln). Only the default " +
                      "folder builds itself from the seed articles; any other must hold an index made by `newssearch index`.",
        Recursive = true,
    });

    /// <summary>The folder option refuses an empty value (<c>--index ""</c>, an unset shell variable).</summary>
    private static Option<string?> NotBlank(Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && string.IsNullOrWhiteSpace(value))
                result.AddError($"{option.Name}: the folder name is empty");
        });
        return option;
    }

    public static readonly Option<string?> Cluster = new("--cluster")
    {
        Description = "Ask a cluster (its store's PostgreSQL connection string) instead of the local index.",
    };

    public static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text (never marked)." };

    public static readonly Option<string> Marks = new("--marks")
    {
        Description = "How matches are marked in text output: auto (colour on a terminal, ⟦brackets⟧ when redirected), " +
                      "ansi, brackets or none.",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>The index folder the user chose (<c>--index</c>, else <c>$NEWSSEARCH_INDEX</c>), or null for the default.</summary>
    public static string? ChosenIndexPath(ParseResult result) => result.GetValue(Index) ?? IndexLocation.FromEnvironment();

    public static string IndexPath(ParseResult result) => ChosenIndexPath(result) ?? IndexLocation.Default();

    /// <summary>
    /// Opens the index a read command searches: a folder the user named must hold an index; only the default folder
    /// builds itself from the seed articles, and says so on stderr.
    /// </summary>
    public static NewsIndex OpenForReading(ParseResult result) =>
        NewsIndex.OpenForReading(ChosenIndexPath(result), path => Console.Error.WriteLine(
            $"note: no index yet at {path}; built one from the seed articles (add yours with `newssearch index FILES...`)"));

    public static SnippetFormat MarksFormat(ParseResult result) => result.GetValue(Marks) switch
    {
        "auto" => Console.IsOutputRedirected ? SnippetFormat.Brackets : SnippetFormat.Ansi,
        "ansi" => SnippetFormat.Ansi,
        "brackets" => SnippetFormat.Brackets,
        "none" => SnippetFormat.Plain,
        var other => throw new UsageException($"--marks must be auto, ansi, brackets or none, not '{other}'"),
    };
}
