using NewsSearch.Core.Articles;

namespace NewsSearch.LoadTest;

/// <summary>One request of the mix and the status it must get.</summary>
public sealed record LoadQuery(string Kind, string Path, int ExpectedStatus);

/// <summary>A seeded mix of searches built from the base corpus's titles, plus malformed queries that must get 400.</summary>
public static class LoadQueries
{
    private static readonly string[] People = ["witkoff", "kushner", "putin", "trump", "zarif", "kerry"];
    private static readonly string[] Malformed = ["\"غير مغلق", "*ية", "(سعود", "سعود/", "ا*", "title:", new string('س', 1001), "NOT", "سعودي~~~~"];

    public static IReadOnlyList<LoadQuery> Build(string corpus, int size, int seed)
    {
        var random = new Random(seed);
        var titles = ArticleReader.Read([corpus]).Where(o => o.Article is not null).Select(o => Words(o.Article!.Title))
            .Where(w => w.Length >= 3).Take(5000).ToList();
        var mix = new List<LoadQuery>(size);
        while (mix.Count < size)
        {
            var words = titles[random.Next(titles.Count)];
            var at = random.Next(words.Length - 1);
            mix.Add((mix.Count % 10) switch
            {
                0 or 1 or 2 => Search("word", words[at]),
                3 or 4 => Search("two words", $"{words[at]} {words[at + 1]}"),
                5 => Search("phrase", $"\"{words[at]} {words[at + 1]}\""),
                6 => Search("person", $"person:{People[random.Next(People.Length)]}"),
                7 => Search("prefix", words.FirstOrDefault(w => w.Length >= 5) is { } w ? w[..4] + "*" : words[at]),
                8 => Search("person and word", $"person:{People[random.Next(People.Length)]} {words[at]}"),
                _ => new LoadQuery("malformed", SearchPath(Malformed[random.Next(Malformed.Length)]), 400),
            });
        }
        return mix;
    }

    private static LoadQuery Search(string kind, string q) => new(kind, SearchPath(q), 200);

    private static string SearchPath(string q) => "/api/search?q=" + Uri.EscapeDataString(q);

    /// <summary>Arabic words of at least 3 letters: no operators or stop-word-only queries sneak into the valid ones.</summary>
    private static string[] Words(string title) =>
        title.Split((char[])[' ', '\t', '،', '.', ':', '"', '(', ')', '-', '«', '»', '؟', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w.All(c => c is >= '\u0621' and <= '\u064A')).ToArray();
}
