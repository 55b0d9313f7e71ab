using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace NewsSearch.Cli;

/// <summary>
/// The one line a command line that does not parse gets: the error that says what to change (a mistyped command
/// before "Required command was not provided"), worded for a user rather than in .NET type names.
/// </summary>
internal static partial class ParseErrorText
{
    public static string Of(ParseResult parsed)
    {
        if (parsed.CommandResult.Command is RootCommand root)
        {
            var commands = $"the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))} (newssearch --help)";
            if (parsed.Errors.FirstOrDefault(e => UnknownToken().IsMatch(e.Message)) is { } unknown)
                return $"unknown command '{UnknownToken().Match(unknown.Message).Groups["token"].Value}': {commands}";
            if (parsed.UnmatchedTokens.Count == 0 && parsed.Errors.All(e => e.Message.StartsWith("Required command", StringComparison.Ordinal)))
                return $"no command given: {commands}";
        }
        var message = parsed.Errors[0].Message.ReplaceLineEndings(" ").Replace('\t', ' ');
        return NotANumber().Match(message) is { Success: true } number
            ? $"{number.Groups["option"].Value}: expected a whole number, not '{number.Groups["value"].Value}'"
            : message;
    }

    [GeneratedRegex("^Unrecognized command or argument '(?<token>.*)'\\.?$")]
    private static partial Regex UnknownToken();

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type 'System\\.Int(32|64)'")]
    private static partial Regex NotANumber();
}
