using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Output;

/// <summary><c>search --csv</c>: the exported rows on stdout as bytes (UTF-8 with its byte-order mark), a cap on stderr.</summary>
internal static class CsvOutput
{
    public static void Write(SearchResults results)
    {
        var rows = ResultsCsv.Exported(results);
        using (var stdout = Console.OpenStandardOutput()) ResultsCsv.Write(rows, stdout);
        if (ResultsCsv.IsCapped(rows)) Console.Error.WriteLine($"note: {ResultsCsv.CapNote(rows)}");
    }
}
