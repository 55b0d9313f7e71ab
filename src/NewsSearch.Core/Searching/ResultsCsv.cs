using System.Globalization;
using CsvHelper;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Search results as a spreadsheet: RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read the
/// Arabic as UTF-8), one row per hit: id, date (UTC day), outlet, title, url, score, and the first snippet as plain
/// text. Text that a spreadsheet would run as a formula is escaped. At most <see cref="MaxRows"/> rows: the first
/// hits of the result window, whatever page was asked for.
/// </summary>
public static class ResultsCsv
{
    public const int MaxRows = SearchRequest.MaxResultWindow;
    public const string MediaType = "text/csv";
    public static readonly string[] Columns = ["id", "date", "outlet", "title", "url", "score", "snippet"];

    /// <summary>The request for the rows of an export: the first <see cref="MaxRows"/> hits in the request's order.</summary>
    public static SearchRequest Rows(SearchRequest request) => request with { Page = 1, PageSize = MaxRows };

    /// <summary>
    /// What an export holds of the results of <see cref="Rows(SearchRequest)"/>: the articles with all the words, or,
    /// when no article has all of them, those with some. A spreadsheet has no divider, so it never mixes the two.
    /// </summary>
    public static SearchResults Exported(SearchResults results) =>
        results is { PartialFromRank: { } from, PartialMatch: false }
            ? results with { Hits = results.Hits.Where(h => h.Rank < from).ToList(), PartialTotal = 0, PartialFromRank = null }
            : results;

    /// <summary>True when the export holds fewer rows than the search has hits.</summary>
    public static bool IsCapped(SearchResults results) => Listed(results) > results.Hits.Count;

    /// <summary>The note a person sees when the export is capped, e.g. "the first 1000 of 3456 hits".</summary>
    public static string CapNote(SearchResults results) =>
        $"the CSV holds the first {results.Hits.Count} of {Listed(results)} hits (at most {MaxRows})";

    /// <summary>The hits an export draws its rows from: those with all the words, or with some when none has all.</summary>
    public static int Listed(SearchResults results) => results.PartialMatch ? results.PartialTotal : results.TotalHits;

    public static void Write(SearchResults results, Stream output)
    {
        output.Write(System.Text.Encoding.UTF8.Preamble);
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteHeader(Columns);
        foreach (var hit in results.Hits)
        {
            var article = hit.Article;
            csv.WriteField(article.Id);
            csv.WriteField(article.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(article.Source ?? "");
            csv.WriteField(article.Title);
            csv.WriteField(article.Url ?? "");
            csv.WriteField(hit.Score.ToString("0.####", CultureInfo.InvariantCulture));
            csv.WriteField(hit.Snippets.Count > 0 ? SnippetFormat.Plain.Render(hit.Snippets[0]) : "");
            csv.EndRecord();
        }
    }

    public static byte[] ToBytes(SearchResults results)
    {
        using var buffer = new MemoryStream();
        Write(results, buffer);
        return buffer.ToArray();
    }
}
