using NewsSearch.Core.Analysis;

namespace NewsSearch.Tests.Analysis;

public class TextHazardsTests
{
    private static readonly NewsAnalyzer Stemmed = new();
    private static readonly ExactFormAnalyzer Exact = new();

    [Theory]
    [InlineData("ويت\u200Cكوف")]   // zero-width non-joiner
    [InlineData("ويت\u200Dكوف")]   // zero-width joiner
    [InlineData("ويتك\u200Fوف")]   // right-to-left mark
    [InlineData("ويت\u061Cكوف")]   // Arabic letter mark
    [InlineData("\uFEFFويتكوف")]   // byte order mark
    [InlineData("ويت\0كوف")]       // NUL
    [InlineData("ويتـــكوف")]      // kashida run
    [InlineData("ﻭﻳﺘﻜﻮﻑ")]         // presentation forms
    public void Hidden_characters_and_presentation_forms_leave_the_word_whole(string written)
    {
        Assert.Equal(["ويتكوف"], Tokens.Of(Stemmed, written));
        Assert.Equal(["ويتكوف"], Tokens.Of(Exact, written));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "قال ويت\u200Cكوف إن بـــوتين\u200F وافق";
        var tokens = Tokens.WithOffsets(Exact, text);
        Assert.Equal(["قال", "ويتكوف", "ان", "بوتين", "وافق"], tokens.Select(t => t.Term));
        Assert.Equal("ويت\u200Cكوف", text[tokens[1].Start..tokens[1].End]);
        // A removed character right after a word is counted into it: the mark may end on an invisible character.
        Assert.Equal("بـــوتين\u200F", text[tokens[3].Start..tokens[3].End]);
        Assert.Equal("وافق", text[tokens[4].Start..tokens[4].End]);
    }

    [Theory]
    [InlineData("٢٠٢٢", "2022")]
    [InlineData("۲۰۲۲", "2022")]
    [InlineData("عام٢٠٢٢", "عام2022")]
    public void Decimal_digits_fold_to_ascii(string written, string term) =>
        Assert.Equal([term], Tokens.Of(Exact, written));

    [Theory]
    [InlineData("کییف", "كييف")]   // keheh, farsi yeh
    [InlineData("ھنا", "هنا")]     // heh doachashmee
    [InlineData("مدرسە", "مدرسه")] // ae
    [InlineData("سَلامٌ", "سلام")]  // tashkeel
    public void Persian_letter_forms_and_tashkeel_normalise(string written, string term) =>
        Assert.Equal([term], Tokens.Of(Exact, written));

    [Theory]
    [InlineData("بإجراء تدريبات.وشهدت التدريبات", "بإجراء|تدريبات|وشهدت|التدريبات")]
    [InlineData("قال د.عبدالله إن", "قال|د|عبدالله|إن")]
    [InlineData("الرياض:قال الوزير", "الرياض|قال|الوزير")]
    [InlineData("تدريباتٌ.وشهدت", "تدريباتٌ|وشهدت")]
    [InlineData("بلغ 3.5 مليار في jQuery.jqplot", "بلغ|3.5|مليار|في|jQuery.jqplot")]
    [InlineData("انتهى. وقال", "انتهى|وقال")]
    [InlineData("(أ.ف.ب) شبكة ان.بي.سي في 9:00 ت.غ", "أ.ف.ب|شبكة|ان.بي.سي|في|9|00|ت.غ")]
    public void A_full_stop_or_colon_before_an_arabic_word_separates_it_but_abbreviations_stay_whole(string text, string written)
    {
        var tokens = Tokens.WithOffsets(Exact, text);

        Assert.Equal(written.Split('|'), tokens.Select(t => text[t.Start..t.End]));
    }
}
