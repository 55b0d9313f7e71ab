using System.CommandLine;
using NewsSearch.Core.People;

namespace NewsSearch.Cli;

public static class PeopleOptions
{
    public static readonly Option<string?> File = new("--people")
    {
        Description = "Your own people file (JSON, the shape of the shipped list) added to the shipped one.",
    };

    public static PeopleList Load(ParseResult result) => PeopleList.Load(result.GetValue(File));
}
