using System.Text.RegularExpressions;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Takes the filters out of a query's text before the words are parsed: <c>source:NAME</c> (several
/// mean any of them), <c>date:2015-07-25</c> and <c>date:[2015-07-25 TO 2015-08-01]</c> (whole UTC
/// days, both ends inclusive, <c>*</c> for an open end). Filters apply to the whole query, so they
/// must stand at its top level, outside brackets, and cannot be negated or OR-ed.
/// </summary>
public static partial class FilterSyntax
{
    public const string SourceField = "source";
    public const string DateField = "date";

    /// <summary>The query text without its filters, and the filters.</summary>
    public static (string Words, SearchFilter Filter) Extract(string text)
    {
        // Over-long text is left whole for the query parser to refuse with its own message.
        if (QueryLength.IsTooLong(text)) return (text, SearchFilter.None);
        var filter = SearchFilter.None;
        var words = FilterOrQuote().Replace(text, match =>
        {
            if (!match.Groups["field"].Success) return match.Value;
            EnsureStandsAlone(text, match);
            filter = filter.And(ToFilter(match));
            return " ";
        });
        return (filter.IsEmpty ? text : Tidy(words), filter);
    }

    private static SearchFilter ToFilter(System.Text.RegularExpressions.Match match)
    {
        if (match.Groups["field"].Value == SourceField) return new SearchFilter { Sources = [match.Groups["value"].Value] };
        if (match.Groups["value"].Success)
        {
            var day = Day(match.Groups["value"].Value, match.Value) ?? throw Malformed(match.Value);
            return new SearchFilter { From = day, To = day };
        }
        return new SearchFilter { From = Day(match.Groups["from"].Value, match.Value), To = Day(match.Groups["to"].Value, match.Value) };
    }

    private static DateOnly? Day(string text, string filter)
    {
        if (text == "*") return null;
        return UtcDay.Parse(text) ?? throw Malformed(filter);
    }

    private static QuerySyntaxException Malformed(string filter) =>
        new($"'{filter}': a date filter is date:YYYY-MM-DD or date:[YYYY-MM-DD TO YYYY-MM-DD] (* for an open end)");

    private static void EnsureStandsAlone(string text, System.Text.RegularExpressions.Match match)
    {
        var field = match.Groups["field"].Value;
        if (match.Groups["op"].Value.Trim() is "NOT" or "-" or "!" or "OR")
            throw new QuerySyntaxException(
                $"{field}: filters cannot be negated or combined with OR; list several sources to allow any of them");
        if (Depth(text, match.Index) > 0)
            throw new QuerySyntaxException($"{field}: filters apply to the whole query: put them outside brackets");
    }

    /// <summary>How many brackets are open (outside quotes) at a position.</summary>
    private static int Depth(string text, int position)
    {
        var (depth, quoted) = (0, false);
        for (var i = 0; i < position; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (!quoted && text[i] == '(') depth++;
            else if (!quoted && text[i] == ')') depth--;
        }
        return depth;
    }

    /// <summary>Drops the AND a removed filter leaves dangling at either end or doubled.</summary>
    private static string Tidy(string words)
    {
        var tidy = DoubledAnd().Replace(words, " AND ");
        return DanglingAnd().Replace(tidy, " ").Trim();
    }

    // A quoted phrase is matched (and kept as it is) so that filters inside quotes stay words.
    [GeneratedRegex("""
        "[^"]*"?|(?<op>(?<![^\s(])(?:NOT\s+|OR\s+|AND\s+|[-+!]))?(?<![^\s(+\-!])(?<field>source|date):(?:\[\s*(?<from>[^\s\]]+)\s+TO\s+(?<to>[^\s\]]+)\s*\]|(?<value>[^\s()"\[\]]+))
        """)]
    private static partial Regex FilterOrQuote();

    [GeneratedRegex(@"\bAND(\s+AND\b)+")]
    private static partial Regex DoubledAnd();

    [GeneratedRegex(@"^\s*AND\b|\bAND\s*$")]
    private static partial Regex DanglingAnd();
}
