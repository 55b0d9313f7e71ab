using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Searching;

/// <summary><see cref="NewsQueryParser.OnlyWordsAndPhrases"/>: which queries may fall back to some of their words.</summary>
public sealed class OnlyWordsAndPhrasesTests
{
    [Theory]
    [InlineData("ويتكوف موسكو")]
    [InlineData("\"ستيف ويتكوف\" موسكو")]
    [InlineData("مفاوض* جنيف")]
    [InlineData("ما هي عاصمة اليمن?")]
    [InlineData("ويتكوف~ موسكو")]
    [InlineData("مفاوضات كوفيد-19 في جنيف")]
    [InlineData("«خلونا نتغير» .. مهرجان ترفيهي")]
    [InlineData("ANDROID and or not")]
    [InlineData("دورة تدريبية عن (بناء الذات) بالندوة")]
    [InlineData("أسامة النجيفي لـ {الشرق الأوسط} : المالكي")]
    [InlineData("\"عاجل: خبر - مهم && عاجل\" ويتكوف")]
    public void Words_phrases_prefixes_groups_and_lower_case_operators_qualify(string text) =>
        Assert.True(NewsQueryParser.OnlyWordsAndPhrases(text));

    [Theory]
    [InlineData("title:ويتكوف")]
    [InlineData("person:witkoff")]
    [InlineData("exact:المفاوضات")]
    [InlineData("(ويتكوف OR كوشنر)")]
    [InlineData("title:{ا TO ي}")]
    [InlineData("ويتكوف OR كوشنر")]
    [InlineData("ويتكوف AND كوشنر")]
    [InlineData("NOT ويتكوف")]
    [InlineData("ويتكوف -ميامي")]
    [InlineData("+ويتكوف")]
    [InlineData("=المفاوضات")]
    [InlineData("ويتكوف^2")]
    [InlineData("ويتكوف && كوشنر")]
    [InlineData("ويتكوف || كوشنر")]
    [InlineData("!ويتكوف")]
    [InlineData("[a TO b]")]
    [InlineData("ويتكوف (NOT ميامي)")]
    [InlineData("(-ميامي كوشنر) ويتكوف")]
    [InlineData("(!ميامي كوشنر) ويتكوف")]
    public void Fields_operators_exclusions_ranges_and_boosts_do_not(string text) =>
        Assert.False(NewsQueryParser.OnlyWordsAndPhrases(text));
}
