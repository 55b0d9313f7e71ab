using System.Text.RegularExpressions;
using NewsSearch.Core.Articles;

namespace NewsSearch.Bench;

/// <summary>
/// The peer comparison's queries, the mix issue 22 measured: half random one- and two-word queries (neighbouring
/// words of a random sentence), half headlines (random articles' own titles, as a reader would paste them).
/// Drawn with a seed from a sample of the corpus, so every round and engine gets the same queries.
/// </summary>
public static partial class PeerQueryMix
{
    public const string Words = "one or two words";
    public const string Headline = "headline";

    public static IReadOnlyList<BenchQuery> Build(IReadOnlyList<Article> sample, int total, int seed)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>();
        var sentences = sample.SelectMany(a => QueryMix.SentenceBreak().Split(a.Body))
            .Select(s => ArabicWord().Matches(s).Select(m => m.Value).ToArray()).Where(w => w.Length >= 2).ToList();
        while (queries.Count < total / 2 && sentences.Count > 0)
        {
            var sentence = sentences[random.Next(sentences.Count)];
            var length = 1 + queries.Count % 2;
            var at = random.Next(sentence.Length - length + 1);
            queries.Add(new BenchQuery(Words, string.Join(' ', sentence.Skip(at).Take(length))));
        }
        var titles = sample.Select(a => a.Title.Trim()).Where(t => ArabicWord().Matches(t).Count >= 2).Distinct().ToList();
        while (queries.Count < total && titles.Count > 0)
            queries.Add(new BenchQuery(Headline, titles[random.Next(titles.Count)]));
        return queries;
    }

    [GeneratedRegex(@"[\u0621-\u064A]{2,}")]
    private static partial Regex ArabicWord();
}
