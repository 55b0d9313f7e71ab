using Mono.Unix.Native;

namespace NewsSearch.Core.Articles;

/// <summary>
/// What kind of file a path names, read with <c>stat</c> without opening it: opening a FIFO waits for a writer,
/// and reading <c>/dev/zero</c> never ends. .NET reports neither, so this asks POSIX through Mono.Unix.
/// </summary>
internal static class FileKind
{
    /// <summary>Null for a regular file (or where POSIX is not there to ask); otherwise what the path is instead.</summary>
    public static string? NotRegular(string path)
    {
        if (OperatingSystem.IsWindows() || Syscall.stat(path, out var status) != 0) return null;
        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => null,
            FilePermissions.S_IFDIR => "a folder",
            FilePermissions.S_IFIFO => "a FIFO (named pipe)",
            FilePermissions.S_IFCHR => "a character device",
            FilePermissions.S_IFBLK => "a block device",
            FilePermissions.S_IFSOCK => "a socket",
            _ => "not a regular file",
        };
    }
}
