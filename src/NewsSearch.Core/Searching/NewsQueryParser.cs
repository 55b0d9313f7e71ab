using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Reads the user's query language: words (all required by default), "exact phrase", OR, NOT or -,
/// prefix*, and field:value for title: and body:. Built on Lucene's classic query parser.
/// </summary>
public sealed partial class NewsQueryParser
{
    public const int MaxLength = 1000;

    private readonly Analyzer analyzer;

    public NewsQueryParser(Analyzer analyzer) => this.analyzer = analyzer;

    public Query Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuerySyntaxException("the query is empty");
        if (text.Length > MaxLength) throw new QuerySyntaxException($"the query is longer than {MaxLength} characters");
        QueryLimits.Check(text);
        try
        {
            return CreateParser().Parse(text);
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException($"malformed query: {Describe(e)}");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QuerySyntaxException($"the query expands to more than {BooleanQuery.MaxClauseCount} terms; make it narrower");
        }
    }

    private QueryParser CreateParser()
    {
        var boosts = new Dictionary<string, float> { [IndexSchema.Title] = IndexSchema.TitleBoost, [IndexSchema.Body] = 1f };
        return new MultiFieldQueryParser(NewsAnalyzer.Lucene, [.. IndexSchema.TextFields], analyzer, boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            MultiTermRewriteMethod = CappedExpansionRewrite.Instance,
        };
    }

    private static string Describe(ParseException e)
    {
        // Lucene's first line says what was found; the lines after it list every token it expected.
        var found = e.Message.Split('\n')[0].Trim();
        if (found.Contains("Lexical error") && found.Contains("<EOF>")) return "a quote is not closed";
        if (found.Contains("<EOF>")) return "the query ends where a word was expected (a lone operator or an unclosed bracket?)";
        if (found.Contains("not allowed as first character")) return "a word cannot start with * or ? (leading wildcards are not supported)";
        var unexpected = UnexpectedToken().Match(found);
        if (unexpected.Success)
            return $"unexpected '{unexpected.Groups["token"].Value}' at character {int.Parse(unexpected.Groups["column"].Value) + 1}";
        var cut = found.IndexOf("': ", StringComparison.Ordinal);
        return cut > 0 ? found[(cut + 3)..] : found;
    }

    [GeneratedRegex("\"(?<token>[^\"<>]+?) ?\"\"\\s+at line \\d+, column (?<column>\\d+)")]
    private static partial Regex UnexpectedToken();
}
