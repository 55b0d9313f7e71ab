using System.Text.Json;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>The CLI's side of "no dead ends": each suggestion as a line under the header and as --json fields.</summary>
public sealed class SearchHelpCliTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private string IndexDir => Path.Combine(dir.Path, "index");

    private void IndexFeed()
    {
        var feed = Path.Combine(dir.Path, "feed.jsonl");
        File.WriteAllLines(feed,
        [
            """{"id": "o1", "source": "okaz", "date": "2015-07-21 10:00:00", "title": "كيري وظريف", "body": "التقى جون كيري بظريف في فيينا."}""",
            """{"id": "o2", "source": "okaz", "date": "2015-07-25 10:00:00", "title": "الاتفاق", "body": "قال كيري إن الاتفاق نهائي."}""",
            """{"id": "a1", "source": "aawsat", "date": "2015-08-01 10:00:00", "title": "الخليج", "body": "ناقش الوزراء الاتفاق في الرياض."}""",
        ]);
        Assert.Equal(0, CliProcess.Run(IndexDir, "index", feed).ExitCode);
    }

    [Fact]
    public void A_latin_name_suggests_the_person_in_text_and_json()
    {
        IndexFeed();

        var text = CliProcess.Run(IndexDir, "search", "Kerry").Stdout;
        using var json = JsonDocument.Parse(CliProcess.Run(IndexDir, "search", "Kerry", "--json").Stdout);

        Assert.Contains("Did you mean person:kerry? \"Kerry\" is John Kerry on the people list (2 articles with any spelling of the name).", text);
        var person = json.RootElement.GetProperty("help").GetProperty("people")[0];
        Assert.Equal("person:kerry", person.GetProperty("query").GetString());
        Assert.Equal(2, person.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void A_misspelling_an_unknown_outlet_stop_words_and_a_page_past_the_end_each_say_what_to_do()
    {
        IndexFeed();

        var spelling = CliProcess.Run(IndexDir, "search", "الاتفاقق").Stdout;
        var outlet = CliProcess.Run(IndexDir, "search", "الاتفاق", "--source", "okz").Stdout;
        var stopWords = CliProcess.Run(IndexDir, "search", "في من على").Stdout;
        var page = CliProcess.Run(IndexDir, "search", "الاتفاق", "--top", "1", "--page", "5").Stdout;

        Assert.Contains("Did you mean الاتفاق (2 articles)? \"الاتفاقق\" is rare or absent in this index.", spelling);
        Assert.Contains("No outlet called \"okz\" in this index; closest: okaz (2 articles, 2015-07-21 to 2015-07-25), " +
                        "aawsat (1 article, 2015-08-01 to 2015-08-01). Every outlet: newssearch sources", outlet);
        Assert.Contains("في من على: too common to search (stop words). To find them as an exact phrase, search exact:\"في من على\".", stopWords);
        Assert.Contains("That page is past the end: the last page is 2.", page);
    }

    [Fact]
    public void Sources_lists_every_outlet_with_counts_and_days()
    {
        IndexFeed();

        var text = CliProcess.Run(IndexDir, "sources");
        using var json = JsonDocument.Parse(CliProcess.Run(IndexDir, "sources", "--json").Stdout);

        Assert.Equal(0, text.ExitCode);
        Assert.Equal("2 outlets\nokaz           2  2015-07-21 to 2015-07-25\naawsat         1  2015-08-01 to 2015-08-01\n", text.Stdout);
        Assert.Equal("okaz", json.RootElement[0].GetProperty("name").GetString());
        Assert.Equal("2015-07-21", json.RootElement[0].GetProperty("first").GetString());
    }
}
