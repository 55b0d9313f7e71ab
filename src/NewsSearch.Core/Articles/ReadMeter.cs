namespace NewsSearch.Core.Articles;

/// <summary>
/// How much of the input files <see cref="ArticleReader.Read(IEnumerable{string}, ReadMeter?)"/> has read, in bytes
/// of the files as they lie on disk (compressed, for .gz), so a progress line can show a percentage and the time left.
/// Read from another thread than the reader's while it reads: the counts are only ever an estimate.
/// </summary>
public sealed class ReadMeter
{
    private long finished;
    private FileStream? current;

    private ReadMeter(long totalBytes) => TotalBytes = totalBytes;

    /// <summary>The bytes of every article file under the paths (files, and folders walked as the reader walks them).</summary>
    public static ReadMeter For(IEnumerable<string> paths) => new(paths.Sum(SizeOf));

    public long TotalBytes { get; }

    public long BytesRead
    {
        get
        {
            var reading = Volatile.Read(ref current);
            long position = 0;
            try { position = reading?.Position ?? 0; }
            catch (ObjectDisposedException) { }
            return Math.Min(TotalBytes, Interlocked.Read(ref finished) + position);
        }
    }

    /// <summary>Share of the input read, 0 to 1; null when there is nothing to measure.</summary>
    public double? Fraction => TotalBytes > 0 ? (double)BytesRead / TotalBytes : null;

    internal void Reading(FileStream file) => Volatile.Write(ref current, file);

    internal void Done(long bytes)
    {
        Volatile.Write(ref current, null);
        Interlocked.Add(ref finished, bytes);
    }

    private static long SizeOf(string path)
    {
        try
        {
            if (Directory.Exists(path))
                return FolderWalk.Files(path, ArticleReader.IsArticleFile)
                    .Where(f => f.Skipped is null).Sum(f => new FileInfo(f.Path).Length);
            return File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
