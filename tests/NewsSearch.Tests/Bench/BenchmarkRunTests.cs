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
