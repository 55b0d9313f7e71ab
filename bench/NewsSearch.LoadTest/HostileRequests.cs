using NewsSearch.Core.Articles;
using NewsSearch.Core.People;

namespace NewsSearch.LoadTest;

/// <summary>One generated request: its kind, path and, for the host-filter kind, the Host header it sends.</summary>
public sealed record HostileRequest(string Kind, string Path, string? Host = null);

/// <summary>
/// A seeded mix of API requests for <c>--hostile</c>: ordinary searches, mentions, related articles and articles,
/// and the hostile shapes of issue 17 (bad slops, phrases on fields without positions, stop-word and common
/// names, deep nesting, over-long and broken text, bad paging, a foreign Host).
/// </summary>
public static class HostileRequests
{
    private static readonly string[] HostileNames = ["من", "في", "ا~", "ال", "و", "the", "السعودية", "المملكة", "الله", "...", new string('س', 201)];

    private static readonly string[] HostileQueries =
    [
        "\"كوشنر ويتكوف\"~-1", "\"كوشنر ويتكوف\"~-Infinity", "\"الملك سلمان\"~51", "\"الملك سلمان\"~NaN", "\"الملك سلمان\" ~-1",
        "source:\"okaz aawsat\"", "id:\"a b\"", "title_grams:\"الملك سلمان\"", "body_grams:\"الملك\"", "date:\"2015-07-21\"",
        "exact:\"الملك سلمان\"~-1", "person:\"من\"", "person:في", "ا*", "*:*", "ab*a??????????????????????", "/(a|aa)*b.{30}/",
        "ا~", "\"غير مغلق", "(((سعود", "title:", "NOT", "ميامي^1e38", "سعود* رياض* جدة* مكة* طائف* دمام*",
        "\u0000\u0001\u0002", "\uFEFF\u200F\u200C", new string('(', 500) + "ميامي", new string('س', 1001),
    ];

    public static IReadOnlyList<HostileRequest> Build(string corpus, int count, int seed)
    {
        var random = new Random(seed);
        var articles = ArticleReader.Read([corpus]).Where(o => o.Article is not null).Select(o => o.Article!).Take(20_000).ToList();
        var titles = articles.Select(a => Words(a.Title)).Where(w => w.Length >= 3).ToList();
        var people = PeopleList.Shipped.People.Select(p => p.Id).ToArray();
        var requests = new List<HostileRequest>(count);
        while (requests.Count < count)
        {
            var words = titles[random.Next(titles.Count)];
            var at = random.Next(words.Length - 1);
            var roll = random.Next(100);
            requests.Add(roll switch
            {
                < 12 => Search("search: word", words[at]),
                < 20 => Search("search: two words", $"{words[at]} {words[at + 1]}"),
                < 25 => Search("search: phrase", $"\"{words[at]} {words[at + 1]}\"~{random.Next(0, 51)}"),
                < 28 => Search("search: person", $"person:{people[random.Next(people.Length)]} {words[at]}"),
                < 38 => Mentions("mentions: listed", people[random.Next(people.Length)], random),
                < 48 => Mentions("mentions: name", words[at], random),
                < 53 => Mentions("mentions: hostile name", HostileNames[random.Next(HostileNames.Length)], random),
                < 65 => new HostileRequest("related", $"/api/articles/{Uri.EscapeDataString(articles[random.Next(articles.Count)].Id)}/related"),
                < 68 => new HostileRequest("article", $"/api/articles/{Uri.EscapeDataString(articles[random.Next(articles.Count)].Id)}"),
                < 70 => new HostileRequest("article: hostile id", "/api/articles/" + random.Next(3) switch
                {
                    0 => "..%2F..%2Fetc%2Fpasswd",
                    1 => "%ED%A0%80",
                    _ => new string('x', 5000),
                }),
                < 90 => Search("search: hostile shape", HostileQueries[random.Next(HostileQueries.Length)]),
                < 93 => new HostileRequest("search: bad paging", $"/api/search?q={Uri.EscapeDataString(words[at])}&page={random.Next(-5, 2000)}&size={random.Next(-5, 500)}"),
                < 95 => new HostileRequest("search: broken UTF-8", "/api/search?q=%ED%A0%80" + Uri.EscapeDataString(words[at]) + "%FF%C3"),
                < 97 => new HostileRequest("foreign Host", SearchPath(words[at]), "attacker.example"),
                _ => new HostileRequest("search.csv", "/api/search.csv?q=" + Uri.EscapeDataString(words[at])),
            });
        }
        return requests;
    }

    private static HostileRequest Search(string kind, string q) => new(kind, SearchPath(q));

    private static HostileRequest Mentions(string kind, string person, Random random) =>
        new(kind, $"/api/mentions?person={Uri.EscapeDataString(person)}&size={random.Next(1, 101)}");

    private static string SearchPath(string q) => "/api/search?q=" + Uri.EscapeDataString(q);

    private static string[] Words(string title) =>
        title.Split((char[])[' ', '\t', '،', '.', ':', '"', '(', ')', '-', '«', '»', '؟', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w.All(c => c is >= '\u0621' and <= '\u064A')).ToArray();
}
