using System.Text;
using NewsSearch.Core.Articles;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Articles;

/// <summary>Huge lines and huge files are streamed: memory stays bounded and a bad line is reported and passed over.</summary>
public sealed class LargeInputTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void A_200_MB_line_without_a_newline_is_reported_too_long_without_being_held_in_memory()
    {
        const long lineLength = 200L << 20;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var lines = ByteLineReader.Lines(new GeneratedStream("{\"id\":\"1\"}\n"u8.ToArray(), (byte)'a', lineLength)).ToList();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal([(1, false), (2, true)], lines.Select(l => (l.Number, l.TooLong)));
        Assert.Equal("{\"id\":\"1\"}", Encoding.UTF8.GetString(lines[0].Line.Span));
        // Holding the line would take at least its own length; the reader lets go of it at the cap.
        Assert.True(allocated < lineLength, $"allocated {allocated >> 20} MB reading a 200 MB line");
    }

    [Fact]
    public void A_line_over_the_cap_is_skipped_with_its_number_and_the_next_line_is_read()
    {
        var path = Path.Combine(dir.Path, "huge-line.jsonl");
        using (var file = File.Create(path))
        {
            file.Write(Line("first"));
            file.Write("{\"id\":\"huge\",\"body\":\""u8);
            var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("نص طويل جدا ", 10_000)));
            for (long written = 0; written <= ByteLineReader.MaxLineBytes; written += chunk.Length) file.Write(chunk);
            file.Write("\"}\n"u8);
            file.Write(Line("after"));
        }

        var outcomes = ArticleReader.Read([path]).ToList();

        Assert.Equal(["first", null, "after"], outcomes.Select(o => o.Article?.Id));
        Assert.Equal($"{path}:2: line longer than 32 MB, skipped unread", outcomes[1].Skipped!.ToString());
    }

    [Fact]
    public void A_line_that_is_not_json_after_a_million_good_ones_is_reported_and_skipped()
    {
        const int good = 1_000_000;
        var path = Path.Combine(dir.Path, "million.jsonl");
        using (var file = new BufferedStream(File.Create(path), 1 << 20))
        {
            for (var i = 0; i < good; i++) file.Write(Line(i.ToString()));
            file.Write("this is not JSON {\n"u8);
            file.Write(Line("last"));
        }

        var articles = 0;
        var skipped = new List<SkippedInput>();
        foreach (var outcome in ArticleReader.Read([path]))
            if (outcome.Article is not null) articles++;
            else skipped.Add(outcome.Skipped!);

        Assert.Equal(good + 1, articles);
        var bad = Assert.Single(skipped);
        Assert.Equal(good + 1, bad.Line);
        Assert.StartsWith("not valid JSON", bad.Reason);
    }

    [Fact]
    public void A_text_file_over_the_cap_is_skipped_unread()
    {
        var folder = Path.Combine(dir.Path, "folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "عنوان\nنص الخبر");
        using (var huge = File.Create(Path.Combine(folder, "b.txt"))) huge.SetLength(ByteLineReader.MaxLineBytes + 1L);

        var outcomes = ArticleReader.Read([folder]).ToList();

        Assert.Equal("a", outcomes[0].Article?.Id);
        Assert.EndsWith("b.txt: larger than 32 MB, skipped unread", outcomes[1].Skipped!.ToString());
    }

    private static byte[] Line(string id) => Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",\"title\":\"عنوان\",\"body\":\"نص الخبر\"}}\n");

    /// <summary>A prefix, then one byte repeated: a huge input that never exists in memory or on disk.</summary>
    private sealed class GeneratedStream(byte[] prefix, byte filler, long fillerLength) : Stream
    {
        private long position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = prefix.Length + fillerLength;
            var n = (int)Math.Min(count, total - position);
            for (var i = 0; i < n; i++, position++)
                buffer[offset + i] = position < prefix.Length ? prefix[position] : filler;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
