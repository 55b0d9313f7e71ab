using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Searching;

/// <summary>The one reader of a search request: the same rules and words for the CLI and the API, named as each calls them.</summary>
public sealed class SearchRequestReaderTests
{
    private static (SearchRequest Request, Dictionary<string, string> Errors) Read(RequestedSearch asked, RequestNames names)
    {
        var errors = new Dictionary<string, string>();
        return (SearchRequestReader.Read(asked, names, errors), errors);
    }

    [Fact]
    public void Reads_every_part_of_a_request()
    {
        var (request, errors) = Read(new("ظريف", "2", "5", ["okaz, aawsat", "alriyadh"], "2015-07-21", "2015-07-24", "date-asc"), RequestNames.Api);
        Assert.Empty(errors);
        Assert.Equal(("ظريف", 2, 5, ResultOrder.Oldest), (request.Query, request.Page, request.PageSize, request.Order));
        Assert.Equal(["okaz", "aawsat", "alriyadh"], request.Filter.Sources);
        Assert.Equal((new DateOnly(2015, 7, 21), new DateOnly(2015, 7, 24)), (request.Filter.From, request.Filter.To));
    }

    [Fact]
    public void Absent_parts_take_the_defaults()
    {
        var (request, errors) = Read(new("ظريف"), RequestNames.Cli);
        Assert.Empty(errors);
        Assert.Equal((1, SearchRequestReader.DefaultPageSize, ResultOrder.Relevance), (request.Page, request.PageSize, request.Order));
        Assert.True(request.Filter.IsEmpty);
    }

    [Theory]
    [InlineData("10", "100", true)]
    [InlineData("100", "10", true)]
    [InlineData("11", "100", false)]
    [InlineData("101", "10", false)]
    [InlineData("1000", "1", true)]
    public void One_result_window_for_every_front_end(string page, string size, bool allowed)
    {
        foreach (var names in new[] { RequestNames.Api, RequestNames.Cli })
        {
            var (_, errors) = Read(new("x", page, size), names);
            Assert.Equal(allowed, errors.Count == 0);
            if (!allowed) Assert.StartsWith($"{names.Page} × {names.Size} must be at most {SearchRequest.MaxResultWindow}", errors[names.Page]);
        }
    }

    [Theory]
    [InlineData("relevance", ResultOrder.Relevance)]
    [InlineData("date", ResultOrder.Newest)]
    [InlineData("date-asc", ResultOrder.Oldest)]
    public void A_sort_word_is_echoed_as_the_word_that_asks_for_it(string word, ResultOrder order)
    {
        Assert.Equal(order, SortWords.Parse(word));
        Assert.Equal(word, SortWords.Of(order));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    [InlineData("Date")]
    public void Other_sort_words_are_refused(string word)
    {
        var (_, errors) = Read(new("x", Sort: word), RequestNames.Cli);
        Assert.Equal($"--sort must be relevance, date or date-asc, not '{word}'", errors["--sort"]);
    }

    [Fact]
    public void Every_refusal_is_named_as_the_front_end_calls_it()
    {
        var (_, api) = Read(new("x", "0", "500", null, "2015-7-1", "yesterday", "popular"), RequestNames.Api);
        Assert.Equal(["page", "size", "from", "to", "sort"], api.Keys);
        var (_, cli) = Read(new("x", Size: "500", From: "2015-08-01", To: "2015-07-01"), RequestNames.Cli);
        Assert.Equal("--top must be a whole number from 1 to 100, not '500'", cli["--top"]);
        Assert.Equal("--from 2015-08-01 is after --to 2015-07-01", cli["--from"]);
    }

    [Fact]
    public void The_length_rule_is_the_same_for_the_query_language_and_literal_text()
    {
        var text = new string('ب', QueryLength.Max + 1);
        Assert.True(QueryLength.IsTooLong(text));
        Assert.False(QueryLength.IsTooLong(text[1..]));
        var e = Assert.Throws<QuerySyntaxException>(() => QueryLength.Check(text));
        Assert.Equal($"the query is longer than {QueryLength.Max} characters", e.Message);
    }
}
