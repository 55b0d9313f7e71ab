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
    [InlineData(1_000, 0.25, "1,000 articles, 100/s, 25% done, about 30 s left")]
    [InlineData(1_000, 0.05, "1,000 articles, 100/s, 5% done, about 3 min 10 s left")]
    [InlineData(1_000, null, "1,000 articles, 100/s")]
    // The writers behind the reader: 4,000 articles read (half the input), 1,000 of them written: an eighth done.
    [InlineData(4_000, 0.5, "1,000 articles, 100/s, 13% done, about 1 min 10 s left")]
    // All the input read, a tenth of it written: not "100%, about 1 s left".
    [InlineData(10_000, 1.0, "1,000 articles, 100/s, 10% done, about 1 min 30 s left")]
    public void Shows_articles_written_the_share_done_and_the_time_left(int read, double? fraction, string line) =>
        Assert.Equal(line, ProgressLine.Describe(new IndexProgress(1_000, read, TimeSpan.FromSeconds(10)), fraction));

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
