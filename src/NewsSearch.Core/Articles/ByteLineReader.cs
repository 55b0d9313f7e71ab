namespace NewsSearch.Core.Articles;

/// <summary>
/// Streams a file as raw byte lines so that each line's encoding can be checked on its own
/// and a bad line never stops the rest of the file. Memory is bounded by <see cref="MaxLineBytes"/>:
/// a longer line is passed over unread and reported as too long.
/// </summary>
internal static class ByteLineReader
{
    /// <summary>About ten times the longest real article; what lies beyond is not news but a broken or hostile file.</summary>
    public const int MaxLineBytes = 32 << 20;

    public static IEnumerable<(int Number, ReadOnlyMemory<byte> Line, bool TooLong)> Lines(Stream stream, int maxLineBytes = MaxLineBytes)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var tooLong = false;
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = Array.IndexOf(buffer, (byte)'\n', 0, read); i >= 0; i = Array.IndexOf(buffer, (byte)'\n', start, read - start))
            {
                tooLong = Append(line, buffer.AsSpan(start, i - start), tooLong, maxLineBytes);
                yield return (++number, tooLong ? default : TrimCr(line), tooLong);
                line = new MemoryStream();
                tooLong = false;
                start = i + 1;
            }
            tooLong = Append(line, buffer.AsSpan(start, read - start), tooLong, maxLineBytes);
        }
        if (line.Length > 0 || tooLong) yield return (++number, tooLong ? default : TrimCr(line), tooLong);
    }

    /// <summary>Adds the bytes to the line unless it is (or now becomes) too long; returns whether it is.</summary>
    private static bool Append(MemoryStream line, ReadOnlySpan<byte> bytes, bool tooLong, int maxLineBytes)
    {
        if (tooLong || line.Length + bytes.Length > maxLineBytes)
        {
            line.SetLength(0);
            line.Capacity = 0;
            return true;
        }
        line.Write(bytes);
        return false;
    }

    private static ReadOnlyMemory<byte> TrimCr(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsMemory(0, (int)line.Length);
        return bytes.Length > 0 && bytes.Span[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
