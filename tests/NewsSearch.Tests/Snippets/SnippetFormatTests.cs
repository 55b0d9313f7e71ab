using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Snippets;

public sealed class SnippetFormatTests
{
    private static Snippet Of(string text, params (int Start, int Length)[] marks) =>
        new(text, 100, [.. marks.Select(m => new Mark(100 + m.Start, m.Length))], false, false);

    [Fact]
    public void Brackets_wrap_each_mark_and_join_neighbours_separated_only_by_space()
    {
        var snippet = Of("عن وزارة الخارجية و ويتكوف", (3, 5), (9, 8), (20, 6));

        Assert.Equal("عن ⟦وزارة الخارجية⟧ و ⟦ويتكوف⟧", SnippetFormat.Brackets.Render(snippet));
    }

    [Fact]
    public void Html_escapes_every_character_outside_the_marks_and_inside_them()
    {
        var snippet = Of("<script>alert('x')</script> & <b>ويتكوف</b>", (33, 6));

        var html = SnippetFormat.Html.Render(snippet);

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;<mark>ويتكوف</mark>&lt;/b&gt;", html);
    }

    [Fact]
    public void Ansi_highlights_marks_and_blanks_control_characters_from_the_data()
    {
        var snippet = Of("قال\u001b[2J ويتكوف", (8, 6));

        Assert.Equal("قال [2J \u001b[1;33mويتكوف\u001b[0m", SnippetFormat.Ansi.Render(snippet));
    }

    [Fact]
    public void A_cut_passage_gets_an_ellipsis_on_the_cut_side()
    {
        var snippet = new Snippet("وسط الجملة", 50, [], CutBefore: true, CutAfter: true);

        Assert.Equal("…وسط الجملة…", SnippetFormat.Brackets.Render(snippet));
        Assert.Equal("…وسط الجملة…", SnippetFormat.Html.Render(snippet));
    }
}
