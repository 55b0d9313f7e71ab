using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Snippets;

public sealed class PassageSplitterTests
{
    private static List<string> Sentences(string text) => [.. PassageSplitter.Split(text).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Breaks_at_arabic_and_latin_sentence_ends()
    {
        Assert.Equal(["هل وصل الوفد؟", "نعم؛", "وصل صباحا!", "ثم غادر…", "Then left.", "Why?"],
            Sentences("هل وصل الوفد؟ نعم؛ وصل صباحا! ثم غادر… Then left. Why?"));
    }

    [Fact]
    public void Breaks_at_line_breaks()
    {
        Assert.Equal(["عنوان فرعي", "الفقرة الأولى"], Sentences("عنوان فرعي\nالفقرة الأولى"));
        Assert.Equal(["سطر", "سطر آخر"], Sentences("سطر\r\n\r\nسطر آخر"));
    }

    [Theory]
    [InlineData("ارتفع التضخم إلى 2.5 في المئة. ثم تراجع.", "ارتفع التضخم إلى 2.5 في المئة.")]
    [InlineData("بلغ النمو ٣.٧ بالمئة. ثم تراجع.", "بلغ النمو ٣.٧ بالمئة.")]
    public void Does_not_break_at_the_dot_of_a_number(string text, string first)
    {
        Assert.Equal(first, Sentences(text)[0]);
        Assert.Equal(2, Sentences(text).Count);
    }

    [Fact]
    public void Keeps_a_closing_quote_with_its_sentence_and_runs_of_end_marks_together()
    {
        Assert.Equal(["قال: “انتهى الأمر.”", "ثم غادر..", "فجأة"], Sentences("قال: “انتهى الأمر.” ثم غادر.. فجأة"));
    }

    [Fact]
    public void Sentences_are_trimmed_and_blank_text_has_none()
    {
        Assert.Equal(["أولا.", "ثانيا"], Sentences("  أولا.   ثانيا  "));
        Assert.Empty(Sentences("  \n "));
    }
}
