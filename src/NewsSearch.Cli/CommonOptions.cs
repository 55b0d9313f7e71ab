using System.CommandLine;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Cli;

public static class CommonOptions
{
    public static readonly Option<string?> Index = new("--index")
    {
        Description = "Index folder (default: index/ beside NewsSearch.sln, or $NEWSSEARCH_INDEX).",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json") { Description = "Print JSON instead of text." };

    public static string IndexPath(ParseResult result) => result.GetValue(Index) ?? IndexLocation.Default();
}
