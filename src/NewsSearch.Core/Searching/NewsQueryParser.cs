using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Reads the user's query language: words (all required by default), "exact phrase", OR, NOT or -,
/// prefix*, field:value for title: and body:, and person:name for every spelling of a person. Built on Lucene's classic query parser.
/// </summary>
public sealed class NewsQueryParser
{
    public const int MaxLength = 1000;

    private readonly Analyzer analyzer;
    private readonly PeopleList? people;

    /// <param name="people">Who <c>person:</c> knows (default: the shipped people list).</param>
    public NewsQueryParser(Analyzer analyzer, PeopleList? people = null)
    {
        this.analyzer = analyzer;
        this.people = people;
    }

    public Query Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuerySyntaxException("the query is empty");
        if (text.Length > MaxLength) throw new QuerySyntaxException($"the query is longer than {MaxLength} characters");
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
        return new PersonQueryParser(people ?? PeopleList.Shipped, [.. IndexSchema.TextFields], analyzer, boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
    }

    private static string Describe(ParseException e)
    {
        var message = e.Message;
        if (message.Contains("<EOF>") && message.Contains('"')) return "a quote is not closed";
        if (message.Contains("<EOF>")) return "the query ends where a word was expected (a lone operator or an unclosed bracket?)";
        var firstLine = message.Split('\n')[0].Trim();
        return firstLine.StartsWith("Cannot parse", StringComparison.Ordinal) && firstLine.IndexOf(": ", StringComparison.Ordinal) is var at and > 0
            ? firstLine[(at + 2)..]
            : firstLine;
    }
}
