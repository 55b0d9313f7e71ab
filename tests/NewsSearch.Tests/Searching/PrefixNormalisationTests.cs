using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// A prefix or wildcard is analysed as its field analyses the start of a word: the letters folded like the index's
/// (hamza seats, taa marbuta, alef maqsura, tatweel, diacritics, digits), and in title and body the article and the
/// clitics before it removed, so <c>المفاوض*</c> finds what <c>مفاوض*</c> finds (it found nothing). A word left with
/// too few letters before its wildcard is refused, never searched for nothing.
/// </summary>
public sealed class PrefixNormalisationTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("talks", "جولة مفاوضات جديدة", "استؤنفت المفاوضات في جنيف عام 2015 وقال المفاوض إنها ستستمر."),
        new Article("bare", "خبر", "قال إن مفاوضات جنيف تأخرت."),
        new Article("america", "خبر", "أعلنت الإدارة الأمريكية دعمها، ووصل المسؤولون إلى المؤتمر."),
        new Article("city", "خبر", "افتتح مستشفى جديد في مدينة جدة."),
        new Article("other", "خبر", "افتتح معرض الكتاب في الرياض."));

    private readonly NewsSearcher searcher;

    public PrefixNormalisationTests() => searcher = new NewsSearcher(index.Index);

    public void Dispose() => index.Dispose();

    private string[] Ids(string query) =>
        [.. searcher.Search(new SearchRequest(query)).Hits.Select(h => h.Article.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("المفاوض*", "مفاوض*")]
    [InlineData("والمفاوض*", "مفاوض*")]
    [InlineData("بالمفاوض*", "مفاوض*")]
    [InlineData("للمفاوض*", "مفاوض*")]
    [InlineData("title:المفاوض*", "title:مفاوض*")]
    [InlineData("المفـاوُض*", "مفاوض*")]
    [InlineData("المف?وض*", "مف?وض*")]
    [InlineData("أمريك*", "امريك*")]
    [InlineData("الأمري?*", "امري?*")]
    [InlineData("مؤتمر*", "مءتمر*")]
    [InlineData("مسؤول*", "مسئول*")]
    [InlineData("٢٠١*", "201*")]
    [InlineData("exact:مدينة*", "exact:مدينه*")]
    [InlineData("exact:مستشفى*", "exact:مستشفي*")]
    [InlineData("=الأمريكي*", "=الامريكي*")]
    public void A_prefix_finds_what_its_normalised_form_finds(string typed, string normalised)
    {
        var expected = Ids(normalised);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(typed));
    }

    [Theory]
    [InlineData("exact:المفاوض*")]
    [InlineData("=المفاوض*")]
    public void An_exact_prefix_keeps_the_article_the_exact_forms_keep(string query)
    {
        Assert.Equal(["talks"], Ids(query));
    }

    [Theory]
    [InlineData("ال*")]
    [InlineData("الم*")]
    [InlineData("title:وال*")]
    [InlineData("ال?ف*")]
    [InlineData("ـــ*")]
    public void A_prefix_left_with_too_few_letters_is_refused(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => searcher.Search(new SearchRequest(query)));

        Assert.Contains("put at least 2 letters before * or ?", e.Message);
    }
}
