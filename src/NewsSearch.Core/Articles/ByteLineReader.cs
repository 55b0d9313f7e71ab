namespace NewsSearch.Core.Articles;

/// <summary>
/// Streams a file as raw byte lines so that each line's encoding can be checked on its own
/// and a bad line never stops the rest of the file. Memory is bounded by the longest line.
/// </summary>
public static class ByteLineReader
{
    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Line)> Lines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = Array.IndexOf(buffer, (byte)'\n', 0, read); i >= 0; i = Array.IndexOf(buffer, (byte)'\n', start, read - start))
            {
                line.Write(buffer, start, i - start);
                yield return (++number, TrimCr(line));
                line = new MemoryStream();
                start = i + 1;
            }
            line.Write(buffer, start, read - start);
        }
        if (line.Length > 0) yield return (++number, TrimCr(line));
    }

    private static ReadOnlyMemory<byte> TrimCr(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        return bytes.Length > 0 && bytes.Span[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
