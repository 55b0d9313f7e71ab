using System.IO.Compression;
using System.Reflection;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Streams articles from folders of <c>.txt</c> files and from JSON Lines files (plain or gzip),
/// reporting each bad file or line as a <see cref="SkippedInput"/> instead of stopping.
/// </summary>
public static class ArticleReader
{
    public static IEnumerable<ReadOutcome> Read(IEnumerable<string> paths) => paths.SelectMany(ReadPath);

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

    private static IEnumerable<ReadOutcome> ReadPath(string path)
    {
        if (Directory.Exists(path)) return ReadFolder(path);
        if (!File.Exists(path)) return [ReadOutcome.Skip(path, null, "no such file or folder")];
        return IsJsonLines(path) ? ReadJsonLines(path) : ReadTextFile(path);
    }

    private static IEnumerable<ReadOutcome> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => IsJsonLines(f) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadPath);

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
            return [ReadOutcome.Skip(path, null, $"cannot read ({e.GetType().Name})")];
        }
        return [TextArticleParser.Parse(path, bytes)];
    }

    private static IEnumerable<ReadOutcome> ReadJsonLines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        IEnumerator<(int Number, ReadOnlyMemory<byte> Line, bool TooLong)> lines = ByteLineReader.Lines(stream).GetEnumerator();
        while (true)
        {
            ReadOutcome? outcome = null;
            try
            {
                if (!lines.MoveNext()) yield break;
                var (number, line, tooLong) = lines.Current;
                if (tooLong) outcome = ReadOutcome.Skip(path, number, $"line longer than {ByteLineReader.MaxLineBytes >> 20} MB, skipped unread");
                else if (IsBlank(line.Span)) continue;
                else outcome = JsonLinesArticleParser.Parse(path, number, line);
            }
            catch (InvalidDataException)
            {
                outcome = ReadOutcome.Skip(path, null, "corrupt gzip data; the rest of the file is skipped");
            }
            yield return outcome;
            if (outcome.Article is null && outcome.Skipped!.Line is null) yield break;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t')) return false;
        return true;
    }
}
