using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cluster.Tests.Support;

/// <summary>
/// Articles shaped like the real feeds, from a fixed seed (every run the same): varied length, five outlets, dates
/// over two weeks (some undated), the people of people.json under several spellings and prefixes, a rare pair of
/// words (for the search widened to some of the words), a spelling of a listed name the list lacks, plus the seeds.
/// </summary>
public static class TestCorpus
{
    private static readonly string[] Words =
    [
        "الولايات", "المتحدة", "أوكرانيا", "روسيا", "محادثات", "الرئيس", "وزير", "الخارجية", "السلام", "الحرب", "اتفاق",
        "الأمن", "مجلس", "الدفاع", "ميامي", "موسكو", "كييف", "واشنطن", "بيان", "الجانبين", "الوفود", "خطة", "اقتصاد",
        "النفط", "الرياض", "القاهرة", "الانتخابات", "البرلمان", "الحكومة", "الشعب", "المدينة", "السبت", "الأمطار", "جدة",
        "المعرض", "الكتاب", "الجامعة", "الطلاب", "المستشفى", "الصحة", "الملعب", "المنتخب", "الهلال", "النصر", "الدوري",
        "الأسعار", "السوق", "الأسهم", "الشركات", "الاستثمار", "المطار", "الرحلات", "الحجاج", "مكة", "المدينة المنورة",
        "المرور", "الحوادث", "الشرطة", "المحكمة", "القضاء", "التعليم", "المدارس", "الكهرباء", "المياه", "الزراعة",
    ];

    private static readonly string[] People =
    [
        "ستيف ويتكوف", "ويتكوف", "وويتكوف", "جاريد كوشنر", "كوشنر", "لكوشنر", "رستم عمروف", "عميروف", "أوميروف", "بوتين", "فلاديمير بوتين",
    ];

    private static readonly string[] Sources = ["okaz", "sabq", "alriyadh", "aljazirah", "almadina"];

    public static IReadOnlyList<Article> Articles(int count, int seed = 23)
    {
        var random = new Random(seed);
        var articles = ArticleReader.ReadSeeds().Select(o => o.Article).OfType<Article>().ToList();
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            var length = random.Next(20, 300);
            for (var w = 0; w < length; w++)
            {
                text.Append(random.Next(25) == 0 ? People[random.Next(People.Length)] : Words[random.Next(Words.Length)]);
                text.Append(w % 13 == 12 ? ". " : " ");
            }
            var title = string.Join(' ', Enumerable.Range(0, random.Next(3, 8)).Select(_ => Words[random.Next(Words.Length)]));
            var day = random.Next(15);
            articles.Add(new Article($"t{i:D4}", title, text.ToString().Trim())
            {
                Source = random.Next(20) == 0 ? null : Sources[random.Next(Sources.Length)],
                Published = day == 14 ? null : new DateTimeOffset(2015, 7, 10 + day, random.Next(24), random.Next(60), 0, TimeSpan.Zero),
            });
        }
        // A rare pair: 3 articles with both words, 6 with one, so a search for both is widened on its first page.
        for (var i = 0; i < 9; i++)
            articles.Add(new Article($"r{i}", "خبر نادر", (i < 3 ? "قرنفلية بنفسجية " : "قرنفلية ") + string.Join(' ', Words.Skip(i * 3).Take(10 + i)))
            {
                Source = Sources[i % Sources.Length],
                Published = new DateTimeOffset(2015, 7, 11 + i, 8, 0, 0, TimeSpan.Zero),
            });
        // A spelling the people list lacks (أومروف for Umerov), confirmed by his first name in some articles: "also written".
        for (var i = 0; i < 5; i++)
            articles.Add(new Article($"v{i}", "محادثات كييف", (i < 3 ? "قال رستم أومروف إن " : "قال أومروف إن ") + string.Join(' ', Words.Skip(i * 5).Take(12)) + " وأضاف أومروف")
            {
                Source = Sources[(i + 2) % Sources.Length],
                Published = new DateTimeOffset(2015, 7, 12 + i, 9, 0, 0, TimeSpan.Zero),
            });
        return articles;
    }
}
