using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Searching;

public sealed class ResultsCsvTests
{
    private static SearchHit Hit(int rank, Article article, params Snippet[] snippets) => new(rank, 1.5f, article, snippets);

    private static readonly Article Awkward = new("a-1", "=HYPERLINK(\"x\") عنوان, فيه \"اقتباس\"\nوسطر", "نص")
    {
        Source = "okaz", Published = new DateTimeOffset(2015, 8, 1, 23, 30, 0, TimeSpan.FromHours(-3)), Url = "https://example.org/a?b=1,2",
    };

    [Fact]
    public void The_csv_is_utf8_with_a_byte_order_mark_one_quoted_row_per_hit_and_formulas_escaped()
    {
        var snippet = new Snippet("قال ظريف إن", 10, [new Mark(14, 4)], CutBefore: true, CutAfter: false);
        var results = new SearchResults(2, [Hit(1, Awkward, snippet), Hit(2, new Article("b-2", "عنوان", "نص"))], TimeSpan.Zero);

        var bytes = ResultsCsv.ToBytes(results);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "id,date,outlet,title,url,score,snippet\r\n" +
            "a-1,2015-08-02,okaz,\"'=HYPERLINK(\"\"x\"\") عنوان, فيه \"\"اقتباس\"\"\nوسطر\",\"https://example.org/a?b=1,2\",1.5,…قال ظريف إن\r\n" +
            "b-2,,,عنوان,,1.5,\r\n",
            text);
        Assert.False(ResultsCsv.IsCapped(results));
    }

    [Fact]
    public void An_export_asks_for_the_first_rows_of_the_result_window_and_says_when_hits_were_left_out()
    {
        var rows = ResultsCsv.Rows(new SearchRequest("x") { Page = 7, PageSize = 20, Order = ResultOrder.Newest });
        var capped = new SearchResults(5000, [Hit(1, Awkward)], TimeSpan.Zero);

        Assert.Equal((1, 1000, ResultOrder.Newest), (rows.Page, rows.PageSize, rows.Order));
        Assert.True(ResultsCsv.IsCapped(capped));
        Assert.Equal("the CSV holds the first 1 of 5000 hits (at most 1000)", ResultsCsv.CapNote(capped));
    }

    [Fact]
    public void An_export_holds_the_articles_with_all_the_words_or_when_none_has_all_those_with_some()
    {
        var widened = new SearchResults(1, [Hit(1, Awkward), Hit(2, new Article("b-2", "عنوان", "نص"))], TimeSpan.Zero)
        {
            PartialTotal = 1, PartialFromRank = 2,
        };
        var partial = new SearchResults(0, [Hit(1, Awkward)], TimeSpan.Zero) { PartialTotal = 3000, PartialFromRank = 1 };

        Assert.Equal(["a-1"], ResultsCsv.Exported(widened).Hits.Select(h => h.Article.Id));
        Assert.False(ResultsCsv.IsCapped(ResultsCsv.Exported(widened)));
        Assert.Equal(["a-1"], ResultsCsv.Exported(partial).Hits.Select(h => h.Article.Id));
        Assert.Equal("the CSV holds the first 1 of 3000 hits (at most 1000)", ResultsCsv.CapNote(ResultsCsv.Exported(partial)));
    }
}
