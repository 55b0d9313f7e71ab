using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Tests.Support;

/// <summary>The corpus every API test runs against: the two seed articles plus small made-up ones.</summary>
public static class TestArticles
{
    public const string SeedId = "000_9f777eadf6025f7f";
    public const string SeedName = "ويتكوف";
    public const int SeedNameHits = 2;

    public const string XssId = "xss-1";
    public const string XssWord = "حقنة";
    public const string XssPayload = "<img src=x onerror=alert(1)>";

    public const string PagingWord = "الطقس";
    public const int PagingCount = 25;

    public const string DatedId = "dated-1";

    public static IReadOnlyList<Article> All { get; } = [.. Seeds(), Xss(), Dated(), .. Paging()];

    private static IEnumerable<Article> Seeds() => ArticleReader.ReadSeeds().Select(outcome => outcome.Article!);

    private static Article Xss() =>
        new(XssId, "<script>alert('title')</script> خبر عن حقنة", $"نص فيه {XssWord} ثم {XssPayload} في وسط الجملة.");

    private static Article Dated() =>
        new(DatedId, "خبر مؤرخ عن الأسواق", "ارتفعت الأسواق المالية اليوم بعد إعلان البنك المركزي.")
        {
            Source = "وكالة الاختبار",
            Published = new DateTimeOffset(2025, 11, 21, 9, 30, 0, TimeSpan.Zero),
            Url = "https://example.org/dated-1",
        };

    private static IEnumerable<Article> Paging() =>
        Enumerable.Range(1, PagingCount).Select(i =>
            new Article($"paging-{i:00}", $"نشرة رقم {i}", $"هذه نشرة اختبارية عن {PagingWord} في المدينة رقم {i}."));
}
