using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsSearch.Bench;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Bench;

/// <summary>The benchmark's whole code path on a tiny generated corpus: it runs, counts right and reports every section.</summary>
public sealed class BenchmarkRunTests : IDisposable
{
    private static readonly string[] Vocabulary =
    [
        "الحكومة", "وزير", "الخارجية", "المفاوضات", "النووي", "الرياض", "تونس", "الاقتصاد", "الانتخابات", "البرلمان",
        "الأمن", "المنطقة", "السعودية", "الرئيس", "اجتماع", "مؤتمر", "الشركات", "الطاقة", "النفط", "الأسعار",
    ];

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_tiny_corpus_at_one_and_two_copies_gives_every_section_of_the_report()
    {
        var corpus = TinyCorpus(60);
        var options = new BenchOptions([corpus]) { Scales = [1, 2], Queries = 60, SampleArticles = 30, WorkFolder = dir.Path + "/work" };

        var results = BenchmarkRun.Run(options, "test", TextWriter.Null);

        Assert.Equal(60, results.ReadOnly.Articles);
        Assert.Equal(60, results.Stock.Articles);
        Assert.Equal([60L, 120L], results.Scales.Select(s => s.Indexing.Articles));
        Assert.All(results.Scales, s => Assert.True(s.Indexing.IndexBytes > 0));
        Assert.All(results.Scales, s => Assert.Equal(0, s.Search.Errors));
        Assert.InRange(results.QueryCount, 20, 60);
        Assert.Contains(results.Scales[0].Search.PerKind, k => k.Kind == "person");
        Assert.Equal(4, results.Targets.Count);
        Assert.Equal(options.SpeedRounds, results.SpeedRounds.Count);
        Assert.Contains($"(median of {options.SpeedRounds}: ", results.Targets[0].Measured);
        Assert.False(Directory.EnumerateFileSystemEntries(options.WorkFolder).Any(), "temporary indexes are deleted");

        var markdown = MarkdownReport.Render(results);
        Assert.Contains("| 2× | 120 |", markdown);
        Assert.Contains("### Targets", markdown);
        Assert.Contains("2× / 1×", markdown);
        Assert.Contains("round by round", markdown);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(results, ResultsPath.JsonOptions));
        Assert.Equal(2, json.RootElement.GetProperty("scales").GetArrayLength());
    }

    [Fact]
    public void The_peer_comparison_indexes_with_both_engines_searches_with_three_and_gives_issue_22s_four_ratios()
    {
        var corpus = TinyCorpus(60);
        var options = new BenchOptions([corpus]) { Queries = 40, SampleArticles = 30, WorkFolder = dir.Path + "/work" };

        var rounds = PeerComparison.Run(options, rounds: 2, TextWriter.Null);

        Assert.Equal(2, rounds.Count);
        Assert.All(rounds, r => Assert.Equal([60L, 60L], new[] { r.Stock.Articles, r.NewsSearch.Articles }));
        Assert.All(rounds, r => Assert.Equal([PeerComparison.Stock, PeerComparison.Typed, PeerComparison.Literal], r.Searches.Select(s => s.Engine)));
        Assert.All(rounds.SelectMany(r => r.Searches), s => Assert.Equal(20, s.Headlines.Count));
        Assert.All(rounds.SelectMany(r => r.Searches), s => Assert.Equal(20, s.Words.Count + s.Errors));
        var targets = PeerReport.Targets(rounds);
        Assert.Equal(4, targets.Count);
        Assert.All(targets, t => Assert.Equal(2, t.PerRound.Count));
        Assert.False(Directory.EnumerateFileSystemEntries(options.WorkFolder).Any(), "temporary indexes are deleted");

        var markdown = PeerReport.Render(new PeerResults(BenchmarkRun.DescribeMachine(), "test", [corpus], 40, options.Seed, rounds, targets));
        Assert.Contains("| index size, NewsSearch ÷ stock | ≤ 1.5 |", markdown);
        Assert.Contains($"| 2 | {PeerComparison.Literal} |", markdown);
    }

    [Fact]
    public void The_peer_query_mix_is_half_one_or_two_words_and_half_headlines_the_same_for_the_same_seed()
    {
        var sample = new ScaledCorpus([TinyCorpus(30)], 1).Read().Select(o => o.Article!).ToList();

        var mix = PeerQueryMix.Build(sample, 100, seed: 3);

        Assert.Equal(50, mix.Count(q => q.Kind == PeerQueryMix.Headline));
        Assert.All(mix.Where(q => q.Kind == PeerQueryMix.Headline), q => Assert.Contains(q.Text, sample.Select(a => a.Title.Trim())));
        Assert.Equal([25, 25], mix.Where(q => q.Kind == PeerQueryMix.Words).GroupBy(q => q.Text.Split(' ').Length).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(mix, PeerQueryMix.Build(sample, 100, seed: 3));
    }

    [Fact]
    public void Copies_of_the_corpus_get_new_ids()
    {
        var corpus = new ScaledCorpus([TinyCorpus(5)], 3);
        var ids = corpus.Read().Select(o => o.Article!.Id).ToList();
        Assert.Equal(15, ids.Distinct().Count());
        Assert.Contains("a3#3", ids);
        Assert.Equal(15, corpus.Articles);
    }

    private string TinyCorpus(int articles)
    {
        var random = new Random(7);
        string Sentence() => string.Join(' ', Enumerable.Range(0, 12).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + ".";
        var lines = Enumerable.Range(0, articles).Select(i => JsonSerializer.Serialize(new
        {
            id = $"a{i}",
            title = Sentence(),
            body = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Sentence())) + (i % 3 == 0 ? " وقال ظريف إن المفاوضات مستمرة." : ""),
            source = "test",
        }));
        var path = Path.Combine(dir.Path, "tiny.jsonl.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return path;
    }
}
