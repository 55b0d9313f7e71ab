using System.IO.Compression;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Decompresses gzip checked to its end. By default .NET's <c>GZipStream</c> ends quietly where a file is cut, with
/// or without its trailer, so a truncated download indexed as if it were whole. With the runtime's
/// <see cref="StrictValidationSwitch"/> on it throws instead; the switch is read once per process, so it is set in
/// every project's runtime config (Directory.Build.props) and here as well, for hosts that did not.
/// A bad checksum was always an error.
/// </summary>
internal static class CheckedGzip
{
    public const string StrictValidationSwitch = "System.IO.Compression.UseStrictValidation";

    static CheckedGzip() => AppContext.SetSwitch(StrictValidationSwitch, true);

    public static Stream Open(Stream file) => new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>What is wrong with the file, when the exception is the gzip reader's; otherwise null.</summary>
    public static string? Damage(Exception e) => e is not InvalidDataException ? null
        : e.Message.Contains("truncated", StringComparison.OrdinalIgnoreCase) ? "gzip file cut short (its end is missing)"
        : "corrupt gzip data";
}
