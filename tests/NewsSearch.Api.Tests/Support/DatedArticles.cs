using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Tests.Support;

/// <summary>
/// Three outlets over three days in July 2015 plus one undated article, all about the nuclear talks.
/// ظريف (Zarif, on the people list) is mentioned 2 + 1 times on the 21st, once on the 23rd and once undated.
/// </summary>
public static class DatedArticles
{
    public const string Word = "الاتفاق";
    public const string Name = "ظريف";

    public static IReadOnlyList<Article> All { get; } =
    [
        Dated("aawsat-21", "aawsat", "2015-07-21T10:00:00Z", "ظريف والاتفاق", "قال ظريف إن الاتفاق يحفظ حقوق إيران."),
        Dated("okaz-21", "okaz", "2015-07-21T12:00:00Z", "مجلس الأمن والاتفاق", "صوت مجلس الأمن على الاتفاق."),
        Dated("okaz-23", "okaz", "2015-07-23T08:00:00Z", "الكونغرس والاتفاق", "بدأ الكونغرس مراجعة الاتفاق وردّ وزير الخارجية الإيراني ظريف على المنتقدين."),
        Dated("riyadh-23", "alriyadh", "2015-07-23T20:00:00Z", "الخليج والاتفاق", "ناقش وزراء الخليج الاتفاق في الرياض."),
        new Article("undated-1", "مقال عن الاتفاق", "مقال رأي عن الاتفاق وعن الوزير ظريف.") { Source = "alriyadh" },
    ];

    private static Article Dated(string id, string source, string published, string title, string body) =>
        new(id, title, body) { Source = source, Published = DateTimeOffset.Parse(published) };
}
