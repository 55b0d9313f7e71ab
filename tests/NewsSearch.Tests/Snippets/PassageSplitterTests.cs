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

    [Theory]
    [InlineData("وقال وزير التعليم د. عزام الدخيل إن العام الدراسي يبدأ غدا. ثم غادر.", "وقال وزير التعليم د. عزام الدخيل إن العام الدراسي يبدأ غدا.")]
    [InlineData("افتتح م. عبداللطيف آل الشيخ المشروع. ثم غادر.", "افتتح م. عبداللطيف آل الشيخ المشروع.")]
    [InlineData("حاضر أ.د. أحمد بن سالم في الجامعة. ثم غادر.", "حاضر أ.د. أحمد بن سالم في الجامعة.")]
    [InlineData("Secretary John F. Kerry arrived. Then left.", "Secretary John F. Kerry arrived.")]
    public void Does_not_break_after_a_one_letter_abbreviation_before_a_name(string text, string first)
    {
        Assert.Equal(first, Sentences(text)[0]);
        Assert.Equal(2, Sentences(text).Count);
    }

    [Fact]
    public void Still_breaks_after_a_word_that_ends_in_a_dot_and_after_a_lone_letter_at_a_line_end()
    {
        Assert.Equal(["وصل الوفد.", "ثم غادر"], Sentences("وصل الوفد. ثم غادر"));
        Assert.Equal(["الخطة ب.", "ثم"], Sentences("الخطة ب.\nثم"));
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
