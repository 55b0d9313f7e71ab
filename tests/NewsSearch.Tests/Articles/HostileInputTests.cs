using System.IO.Compression;
using System.Text;
using Mono.Unix.Native;
using NewsSearch.Core.Articles;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Articles;

/// <summary>Issue 17's ingest reproductions: each bad line or file is named and the rest is read.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private static byte[] Line(string id) => Encoding.UTF8.GetBytes($$"""{"id":"{{id}}","title":"عنوان","body":"نص الخبر"}""" + "\n");

    [Fact]
    public void Invalid_utf8_inside_a_string_is_repaired_to_the_replacement_character_and_counted()
    {
        byte[] bad = [.. "{\"id\":\"bad\",\"title\":\"عنوان "u8, 0xFF, 0xC3, .. "\",\"body\":\"نص الخبر\"}\n"u8];
        var path = dir.File("feed.jsonl", [.. Line("a"), .. bad, .. Line("b")]);
        var outcomes = ArticleReader.Read([path]).ToList();
        Assert.Equal(["a", "bad", "b"], outcomes.Select(o => o.Article!.Id));
        Assert.Equal("عنوان \uFFFD\uFFFD", outcomes[1].Article!.Title);
        var repaired = outcomes[1].Repaired!;
        Assert.Equal((path, 2), (repaired.File, repaired.Line));
        Assert.Equal("2 invalid UTF-8 sequences replaced by U+FFFD", repaired.Reason);
        Assert.Null(outcomes[0].Repaired);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_repaired_and_counted()
    {
        var path = dir.File("feed.jsonl", """{"id":"\ud800lone","title":"a \udc00 b \ud83d\ude00","body":"نص"}""" + "\n");
        var outcome = Assert.Single(ArticleReader.Read([path]));
        Assert.Equal("\uFFFDlone", outcome.Article!.Id);
        Assert.Equal("a \uFFFD b \U0001F600", outcome.Article.Title);
        Assert.Equal("2 lone surrogates replaced by U+FFFD", outcome.Repaired!.Reason);
        Assert.Equal(1, outcome.Repaired.Line);
    }

    [Fact]
    public void A_line_in_another_encoding_is_skipped_not_repaired()
    {
        var cp1256 = Enumerable.Repeat((byte)0xC7, 40).ToArray(); // Windows-1256 alef, 40 times
        var path = dir.File("feed.jsonl", [.. "{\"id\":\"x\",\"body\":\""u8, .. cp1256, .. "\"}\n"u8, .. Line("a")]);
        var outcomes = ArticleReader.Read([path]).ToList();
        Assert.Equal("not UTF-8 text", outcomes[0].Skipped!.Reason);
        Assert.Equal("a", outcomes[1].Article!.Id);
    }

    [Fact]
    public void A_symlink_loop_in_a_folder_reads_each_file_once()
    {
        dir.File("a.txt", "عنوان\nنص");
        dir.File("sub/b.txt", "عنوان\nنص");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "loop"), "..");
        var outcomes = ArticleReader.Read([dir.Path]).ToList();
        Assert.Equal(["a", "b"], outcomes.Select(o => o.Article!.Id));
    }

    [Fact]
    public async Task Two_self_links_do_not_hang_the_walk()
    {
        dir.File("a.txt", "عنوان\nنص");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "l1"), ".");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "l2"), ".");
        var read = await Task.Run(() => ArticleReader.Read([dir.Path]).ToList()).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("a", Assert.Single(read).Article!.Id);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_not_followed_and_is_named()
    {
        dir.File("a.txt", "عنوان\nنص");
        var link = Path.Combine(dir.Path, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var outcomes = ArticleReader.Read([dir.Path]).ToList();
        Assert.Equal("a", outcomes[0].Article!.Id);
        var skipped = outcomes[1].Skipped!;
        Assert.Equal(link, skipped.File);
        Assert.Equal("symbolic link to /dev/zero, outside the folder, not followed", skipped.Reason);
    }

    [Fact]
    public void A_link_loop_between_two_files_is_named()
    {
        File.CreateSymbolicLink(Path.Combine(dir.Path, "x.txt"), "y.txt");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "y.txt"), "x.txt");
        var outcomes = ArticleReader.Read([dir.Path]).ToList();
        Assert.All(outcomes, o => Assert.Equal("symbolic link loop, not followed", o.Skipped!.Reason));
        Assert.Equal(2, outcomes.Count);
    }

    [Fact]
    public void A_fifo_in_a_folder_and_a_device_named_directly_are_skipped_unopened()
    {
        var fifo = Path.Combine(dir.Path, "pipe.jsonl");
        Assert.Equal(0, Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE));
        var outcomes = ArticleReader.Read([dir.Path, "/dev/zero"]).ToList();
        Assert.Equal([$"{fifo}: a FIFO (named pipe), not a regular file", "/dev/zero: a character device, not a regular file"],
            outcomes.Select(o => o.Skipped!.ToString()));
    }

    [Fact]
    public void A_gzip_file_without_its_trailer_keeps_its_lines_and_is_named()
    {
        var whole = Gzip([.. Line("a"), .. Line("b")]);
        var path = dir.File("feed.jsonl.gz", whole[..^8]);
        var outcomes = ArticleReader.Read([path]).ToList();
        Assert.Equal(["a", "b"], outcomes.Where(o => o.Article is not null).Select(o => o.Article!.Id));
        var skipped = outcomes[^1].Skipped!;
        Assert.Equal(path, skipped.File);
        Assert.Equal("gzip file cut short (its end is missing): lines 1-2 were read, the rest is lost", skipped.Reason);
    }

    [Fact]
    public void A_gzip_file_cut_mid_stream_keeps_the_whole_lines_before_the_cut_and_is_named()
    {
        var lines = Enumerable.Range(0, 2000).SelectMany(i => Line($"id{i}-{Guid.NewGuid()}")).ToArray();
        var whole = Gzip(lines);
        var path = dir.File("feed.jsonl.gz", whole[..(whole.Length / 2)]);
        var outcomes = ArticleReader.Read([path]).ToList();
        var read = outcomes.Count(o => o.Article is not null);
        Assert.InRange(read, 1, 1999);
        var skipped = Assert.Single(outcomes, o => o.Skipped is not null).Skipped!;
        Assert.Null(skipped.Line);
        Assert.StartsWith("gzip file cut short", skipped.Reason);
        Assert.EndsWith($"lines 1-{read} were read, the rest is lost", skipped.Reason);
    }

    [Fact]
    public void A_gzip_file_of_two_members_is_read_whole()
    {
        var path = dir.File("feed.jsonl.gz", [.. Gzip(Line("a")), .. Gzip(Line("b"))]);
        Assert.Equal(["a", "b"], ArticleReader.Read([path]).Select(o => o.Article!.Id));
    }

    [Fact]
    public void A_gzip_file_with_a_corrupt_checksum_is_named()
    {
        var bytes = Gzip(Line("a"));
        bytes[^8] ^= 0xFF;
        var path = dir.File("feed.jsonl.gz", bytes);
        Assert.Equal("corrupt gzip data: nothing was read from it",
            ArticleReader.Read([path]).Last().Skipped!.Reason);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return buffer.ToArray();
    }
}
