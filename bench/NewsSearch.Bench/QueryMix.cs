using System.Text.RegularExpressions;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Bench;

public sealed record BenchQuery(string Kind, string Text);

/// <summary>
/// A fixed, seeded query mix built from the corpus itself: single words in four document-frequency bands,
/// two and three neighbouring words, exact phrases from random sentences, person names, prefixes, three words
/// no article holds together (the search falls back to articles with some of them), and three neighbouring words at
/// most two articles hold together (the page is filled with articles holding some of them: the widened path).
/// The same seed and corpus always give the same queries.
/// </summary>
public static partial class QueryMix
{
    /// <summary>
    /// People in the 2015 Saudi and 2017 Tunisian news: those in the shipped people list as <c>person:</c> queries
    /// (every spelling, prefixed or not), the others as single names and quoted full names.
    /// </summary>
    private static readonly string[] People =
    [
        "person:zarif", "person:kerry", "person:putin", "person:trump",
        "ظريف", "\"محمد جواد ظريف\"", "روحاني", "\"حسن روحاني\"", "أوباما", "\"باراك أوباما\"", "بوتين", "كيري", "\"جون كيري\"",
        "\"بشار الأسد\"", "الأسد", "ترامب", "\"دونالد ترامب\"", "\"سلمان بن عبدالعزيز\"", "\"محمد بن سلمان\"", "\"محمد بن نايف\"",
        "الجبير", "\"عادل الجبير\"", "أردوغان", "نتنياهو", "السيسي", "\"عبد الفتاح السيسي\"", "هادي", "\"عبد ربه منصور هادي\"",
        "السبسي", "\"الباجي قائد السبسي\"", "الشاهد", "\"يوسف الشاهد\"", "الغنوشي", "\"راشد الغنوشي\"", "\"بان كي مون\"", "خامنئي",
        "المرزوقي", "\"منصف المرزوقي\"", "الحوثي", "\"عبدالملك الحوثي\"", "\"علي عبدالله صالح\"", "البغدادي", "\"أبو بكر البغدادي\"",
    ];

    private static readonly (string Band, double MinShare, double MaxShare)[] Bands =
    [
        ("word, in ≥5% of articles", 0.05, 1.01),
        ("word, in 0.5–5%", 0.005, 0.05),
        ("word, in 0.05–0.5%", 0.0005, 0.005),
        ("word, in <0.05%", 0, 0.0005),
    ];

    /// <summary>Shares of the mix per kind; single words are split evenly over the bands.</summary>
    private static readonly (string Kind, double Share)[] Kinds =
    [
        ("single", 0.32), ("two words", 0.14), ("three words", 0.08), ("phrase", 0.18), ("person", 0.10), ("prefix", 0.10),
        (SomeWords, 0.04), (FewTogether, 0.04),
    ];

    private const string SomeWords = "words no article holds together";
    /// <summary>At most this many articles hold a <see cref="FewTogether"/> query whole at 1× (eight at 4×: still short of a page of 10).</summary>
    private const int FewArticles = 2;
    public const string FewTogether = "words few articles hold together";

    public static IReadOnlyList<BenchQuery> Build(IReadOnlyList<Article> sample, NewsIndex index, int total, int seed)
    {
        var random = new Random(seed);
        var sentences = sample.SelectMany(a => SentenceBreak().Split(a.Body)).Select(Words).Where(w => w.Length >= 4).ToList();
        using var reader = index.OpenReader();
        var hits = new HitCounter(SharedSearcher.NewSearcher(reader));
        var queries = new List<BenchQuery>();
        foreach (var (kind, share) in Kinds)
        {
            var count = (int)Math.Round(total * share);
            queries.AddRange(kind switch
            {
                "single" => Singles(sentences, hits, count, random, reader.NumDocs),
                "two words" => Neighbours(sentences, hits, count, random, 2, quoted: false, kind),
                "three words" => Neighbours(sentences, hits, count, random, 3, quoted: false, kind),
                "phrase" => Neighbours(sentences, hits, count, random, 0, quoted: true, kind),
                "person" => Persons(hits, count),
                SomeWords => NotTogether(sentences, hits, count, random),
                FewTogether => FewHoldTogether(sentences, hits, count, random),
                _ => Prefixes(sentences, hits, count, random),
            });
        }
        // Interleave kinds so that a slice of the mix (warm-up, a thread's share) has every kind.
        return [.. queries.OrderBy(_ => random.Next())];
    }

    private static IEnumerable<BenchQuery> Singles(List<string[]> sentences, HitCounter hits, int count, Random random, int docs)
    {
        var perBand = Bands.ToDictionary(b => b.Band, _ => new List<string>());
        var wanted = (count + Bands.Length - 1) / Bands.Length;
        for (var tries = 0; tries < count * 60 && perBand.Values.Any(l => l.Count < wanted); tries++)
        {
            var word = Pick(Pick(sentences, random), random);
            var n = hits.Count(word);
            if (n == 0) continue;
            var share = (double)n / docs;
            var band = Bands.First(b => share >= b.MinShare && share < b.MaxShare).Band;
            if (perBand[band].Count < wanted && !perBand[band].Contains(word)) perBand[band].Add(word);
        }
        return perBand.SelectMany(b => b.Value.Select(w => new BenchQuery(b.Key, w))).Take(count);
    }

    /// <param name="length">Words per query; 0 means a random 2–4 (phrases).</param>
    private static IEnumerable<BenchQuery> Neighbours(List<string[]> sentences, HitCounter hits, int count, Random random, int length, bool quoted, string kind)
    {
        var made = new HashSet<string>();
        for (var tries = 0; tries < count * 20 && made.Count < count; tries++)
        {
            var words = Pick(sentences, random);
            var n = length > 0 ? length : random.Next(2, 5);
            var start = random.Next(0, words.Length - n + 1);
            var text = string.Join(' ', words[start..(start + n)]);
            if (quoted) text = $"\"{text}\"";
            if (hits.Count(text) > 0) made.Add(text);
        }
        return made.Select(t => new BenchQuery(kind, t));
    }

    /// <summary>Two neighbouring words and a word from another sentence, each found alone but never all three together.</summary>
    private static IEnumerable<BenchQuery> NotTogether(List<string[]> sentences, HitCounter hits, int count, Random random)
    {
        var made = new HashSet<string>();
        for (var tries = 0; tries < count * 40 && made.Count < count; tries++)
        {
            var words = Pick(sentences, random);
            var start = random.Next(0, words.Length - 1);
            var other = Pick(Pick(sentences, random), random);
            var text = $"{words[start]} {words[start + 1]} {other}";
            if (hits.Count(words[start]) > 0 && hits.Count(other) > 0 && hits.Count(text) == 0) made.Add(text);
        }
        return made.Select(t => new BenchQuery(SomeWords, t));
    }

    /// <summary>Three neighbouring words that one or two articles hold together, so the page goes on with articles holding some of them.</summary>
    private static IEnumerable<BenchQuery> FewHoldTogether(List<string[]> sentences, HitCounter hits, int count, Random random)
    {
        var made = new HashSet<string>();
        for (var tries = 0; tries < count * 40 && made.Count < count; tries++)
        {
            var words = Pick(sentences, random);
            var start = random.Next(0, words.Length - 2);
            var text = string.Join(' ', words[start..(start + 3)]);
            if (hits.Count(text) is > 0 and <= FewArticles) made.Add(text);
        }
        return made.Select(t => new BenchQuery(FewTogether, t));
    }

    private static IEnumerable<BenchQuery> Persons(HitCounter hits, int count)
    {
        var found = People.Where(p => hits.Count(p) > 0).ToList();
        return found.Count == 0 ? [] : Enumerable.Range(0, count).Select(i => new BenchQuery("person", found[i % found.Count]));
    }

    private static IEnumerable<BenchQuery> Prefixes(List<string[]> sentences, HitCounter hits, int count, Random random)
    {
        var made = new HashSet<string>();
        for (var tries = 0; tries < count * 20 && made.Count < count; tries++)
        {
            var word = Pick(Pick(sentences, random), random);
            if (word.Length < 5) continue;
            var text = word[..4] + "*";
            if (hits.Count(text) > 0) made.Add(text);
        }
        return made.Select(t => new BenchQuery("prefix", t));
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    private static string[] Words(string sentence) => [.. ArabicWord().Matches(sentence).Select(m => m.Value)];

    [GeneratedRegex(@"[\u0621-\u064A]{3,}")]
    private static partial Regex ArabicWord();

    /// <summary>Where a sentence ends, for drawing neighbouring words (also <see cref="PeerQueryMix"/>'s).</summary>
    [GeneratedRegex(@"[.!?؟\n:؛]+")]
    internal static partial Regex SentenceBreak();

    /// <summary>Hit counts through NewsSearch's own query parser, without snippets.</summary>
    private sealed class HitCounter(IndexSearcher searcher)
    {
        private readonly NewsQueryParser parser = new(IndexSchema.Analyzer);

        public int Count(string query)
        {
            try { return searcher.Search(parser.Parse(query), 1).TotalHits; }
            catch (QuerySyntaxException) { return 0; }
        }
    }
}
