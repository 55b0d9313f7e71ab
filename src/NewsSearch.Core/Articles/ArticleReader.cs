using System.Reflection;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Streams articles from folders of <c>.txt</c> files and from JSON Lines files (plain or gzip),
/// reporting each bad file or line as a <see cref="SkippedInput"/> instead of stopping.
/// </summary>
public static class ArticleReader
{
    /// <param name="meter">Counts the bytes read, for progress (<see cref="ReadMeter.For"/> the same paths).</param>
    public static IEnumerable<ReadOutcome> Read(IEnumerable<string> paths, ReadMeter? meter = null) =>
        paths.SelectMany(path => ReadPath(path, meter));

    /// <summary>The two seed articles shipped inside the assembly: the default corpus.</summary>
    public static IEnumerable<ReadOutcome> ReadSeeds()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/")).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return TextArticleParser.Parse(name, copy.ToArray());
        }
    }

    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    public static bool IsArticleFile(string path) =>
        IsJsonLines(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ReadOutcome> ReadPath(string path, ReadMeter? meter)
    {
        if (Directory.Exists(path)) return ReadFolder(path, meter);
        if (!File.Exists(path)) return [ReadOutcome.Skip(path, null, "no such file or folder")];
        return ReadFile(path, meter);
    }

    private static IEnumerable<ReadOutcome> ReadFolder(string folder, ReadMeter? meter) =>
        FolderWalk.Files(folder, IsArticleFile)
            .SelectMany(f => f.Skipped is { } skipped ? [new ReadOutcome(null, skipped)] : ReadFile(f.Path, meter));

    private static IEnumerable<ReadOutcome> ReadFile(string path, ReadMeter? meter)
    {
        if (FileKind.NotRegular(path) is { } kind)
            return [ReadOutcome.Skip(path, null, $"{kind}, not a regular file", "not a regular file")];
        return IsJsonLines(path) ? ReadJsonLines(path, meter) : ReadTextFile(path, meter);
    }

    private static IEnumerable<ReadOutcome> ReadTextFile(string path, ReadMeter? meter)
    {
        var outcome = ReadTextFile(path);
        meter?.Done(FileSize(path));
        return outcome;
    }

    private static long FileSize(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private static IEnumerable<ReadOutcome> ReadTextFile(string path)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > ByteLineReader.MaxLineBytes)
                return [ReadOutcome.Skip(path, null, $"larger than {ByteLineReader.MaxLineBytes >> 20} MB, skipped unread")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Skip(path, null, $"cannot read ({e.GetType().Name})", "cannot read")];
        }
        return [TextArticleParser.Parse(path, bytes)];
    }

    private static IEnumerable<ReadOutcome> ReadJsonLines(string path, ReadMeter? meter)
    {
        FileStream file;
        try { file = File.OpenRead(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Skip(path, null, $"cannot read ({e.GetType().Name})", "cannot read")];
        }
        return ReadJsonLines(path, file, meter);
    }

    /// <summary>
    /// Reads the lines of a plain or gzip file. A gzip file is checked to its end (<see cref="CheckedGzip"/>):
    /// when it is cut or corrupt, the lines read before the damage are kept and the file is reported.
    /// </summary>
    private static IEnumerable<ReadOutcome> ReadJsonLines(string path, FileStream file, ReadMeter? meter)
    {
        using var owned = file;
        using var measured = new MeteredFile(meter, file);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? CheckedGzip.Open(file) : file;
        using var lines = ByteLineReader.Lines(stream).GetEnumerator();
        var lastLine = 0;
        while (true)
        {
            ReadOutcome? outcome = null;
            try
            {
                if (!lines.MoveNext()) yield break;
                var (number, line, tooLong) = lines.Current;
                lastLine = number;
                if (tooLong)
                    outcome = ReadOutcome.Skip(path, number, $"line longer than {ByteLineReader.MaxLineBytes >> 20} MB, skipped unread");
                else if (IsBlank(line.Span)) continue;
                else outcome = JsonLinesArticleParser.Parse(path, number, line);
            }
            catch (Exception e) when (CheckedGzip.Damage(e) is { } damage)
            {
                var kept = lastLine == 0 ? "nothing was read from it" : $"lines 1-{lastLine} were read, the rest is lost";
                outcome = ReadOutcome.Skip(path, null, $"{damage}: {kept}", "damaged gzip file");
            }
            yield return outcome;
            if (outcome.Article is null && outcome.Skipped!.Line is null) yield break;
        }
    }

    /// <summary>Tells the meter a file is being read, and when it is done (however the reading ends).</summary>
    private sealed class MeteredFile : IDisposable
    {
        private readonly ReadMeter? meter;
        private readonly long length;

        public MeteredFile(ReadMeter? meter, FileStream file)
        {
            this.meter = meter;
            length = file.Length;
            meter?.Reading(file);
        }

        public void Dispose() => meter?.Done(length);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t')) return false;
        return true;
    }
}
