using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Tests.Support;

/// <summary>
/// Writes a JSON Lines corpus shaped like the real feeds (Arabic title, body of a few hundred words, source, date),
/// from a fixed seed so that every run is the same. Each article carries its id as a word, <c>marker</c> in every body.
/// </summary>
public static class GeneratedCorpus
{
    private static readonly string[] Words =
    [
        "الولايات", "المتحدة", "أوكرانيا", "روسيا", "محادثات", "الرئيس", "وزير", "الخارجية", "السلام", "الحرب",
        "اتفاق", "الأمن", "مجلس", "الدفاع", "ميامي", "موسكو", "كييف", "واشنطن", "بيان", "الجانبين", "الوفود", "خطة",
        "اقتصاد", "النفط", "الرياض", "القاهرة", "الانتخابات", "البرلمان", "الحكومة", "الشعب", "المدينة", "السبت",
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string path, int count, string idPrefix, string marker, int wordsPerArticle = 250, int seed = 8)
    {
        var random = new Random(seed);
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Clear().Append(marker).Append(' ');
            for (var w = 0; w < wordsPerArticle; w++)
                body.Append(Words[random.Next(Words.Length)]).Append(w % 17 == 16 ? ". " : " ");
            body.Append("كلمة").Append(random.Next(100_000));
            file.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"{idPrefix}{i}",
                source = "generated",
                date = "2025-11-23 10:00:00",
                title = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {i}",
                body = body.ToString(),
            }, Json));
        }
    }
}
