using NewsSearch.Cli.Output;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>The index progress line tells the time when the input's size is known.</summary>
public sealed class ProgressLineTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Theory]
    [InlineData(0.25, "1,000 articles, 100/s, 25% read, about 30 s left")]
    [InlineData(0.05, "1,000 articles, 100/s, 5% read, about 3 min 10 s left")]
    [InlineData(null, "1,000 articles, 100/s")]
    public void Shows_articles_done_the_share_read_and_the_time_left(double? fraction, string line) =>
        Assert.Equal(line, ProgressLine.Describe(new IndexProgress(1_000, TimeSpan.FromSeconds(10)), fraction));

    [Fact]
    public void The_meter_counts_the_bytes_of_the_files_as_they_are_read()
    {
        var feed = Path.Combine(dir.Path, "feed.jsonl");
        GeneratedCorpus.Write(feed, 200, "g", "علامة");
        var folder = Path.Combine(dir.Path, "texts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "عنوان\nمتن الخبر");
        var meter = ReadMeter.For([feed, folder]);
        var total = new FileInfo(feed).Length + new FileInfo(Path.Combine(folder, "a.txt")).Length;

        var seen = new List<double>();
        foreach (var _ in ArticleReader.Read([feed, folder], meter)) seen.Add(meter.Fraction!.Value);

        Assert.Equal(total, meter.TotalBytes);
        Assert.Equal(total, meter.BytesRead);
        Assert.Contains(seen, f => f is > 0 and < 1);
        Assert.Equal(seen.Order(), seen);
    }
}
