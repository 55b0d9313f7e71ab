namespace NewsSearch.Core.Articles;

/// <summary>
/// Lists the article files under a folder, each real file once. Symbolic links are never followed: a link to a
/// file or folder inside the tree would read it twice (a link to an ancestor, forever), and one leading out of the
/// tree (to <c>/dev/zero</c>, to someone's home) reads what the user did not ask for. Links that lead out, are
/// broken or loop, and files that are not regular (devices, FIFOs, sockets), are reported as skipped.
/// </summary>
internal static class FolderWalk
{
    /// <summary>Symbolic links followed in a row before the walk calls it a loop, as Linux does (ELOOP).</summary>
    private const int MaxLinkHops = 40;

    /// <summary>Files to read (Skipped null) and inputs skipped, in ordinal order of their paths.</summary>
    public static IEnumerable<(string Path, SkippedInput? Skipped)> Files(string folder, Func<string, bool> isArticleFile)
    {
        var root = RealPath(folder);
        var found = new List<(string Path, SkippedInput? Skipped)>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(folder)]);
        while (pending.TryPop(out var directory))
        {
            List<FileSystemInfo> entries;
            try { entries = directory.EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add((directory.FullName,
                    new SkippedInput(directory.FullName, null, $"cannot read the folder ({e.GetType().Name})")
                        { Kind = "cannot read the folder" }));
                continue;
            }
            foreach (var entry in entries)
            {
                var path = Path.Combine(directory.ToString(), entry.Name);
                if (entry.LinkTarget is not null)
                {
                    if (LinkNotFollowed(path, root, isArticleFile) is { } skipped) found.Add((path, skipped));
                }
                else if (entry is DirectoryInfo sub) pending.Push(new DirectoryInfo(path));
                else if (!isArticleFile(entry.Name)) continue;
                else if (FileKind.NotRegular(path) is { } kind)
                    found.Add((path, new SkippedInput(path, null, $"{kind}, not a regular file") { Kind = "not a regular file" }));
                else found.Add((path, null));
            }
        }
        return found.OrderBy(f => f.Path, StringComparer.Ordinal);
    }

    /// <summary>
    /// Why a link is reported, or null when it leads to something inside the tree, which the walk reaches by its
    /// own path (or, for a file name that is not an article's, would not read anyway).
    /// </summary>
    private static SkippedInput? LinkNotFollowed(string path, string root, Func<string, bool> isArticleFile)
    {
        string target;
        try
        {
            target = RealPath(path);
        }
        catch (IOException)
        {
            return new SkippedInput(path, null, "symbolic link loop, not followed") { Kind = "symbolic link not followed" };
        }
        if (!File.Exists(target) && !Directory.Exists(target))
            return isArticleFile(path)
                ? new SkippedInput(path, null, "broken symbolic link") { Kind = "symbolic link not followed" } : null;
        if (target == root
            || target.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        if (!Directory.Exists(target) && !isArticleFile(path)) return null;
        return new SkippedInput(path, null, $"symbolic link to {target}, outside the folder, not followed")
            { Kind = "symbolic link not followed" };
    }

    /// <summary>The path with every symbolic link in it resolved (POSIX <c>realpath</c>, which .NET lacks).</summary>
    private static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int hops)
    {
        var full = Path.GetFullPath(path);
        var real = Path.GetPathRoot(full)!;
        foreach (var part in full[real.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops) throw new IOException($"too many levels of symbolic links: {path}");
                next = RealPath(Path.Combine(real, target), hops);
            }
            real = next;
        }
        return real;
    }
}
