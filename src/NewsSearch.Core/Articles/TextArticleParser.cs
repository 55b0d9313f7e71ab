using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Reads one scraped <c>.txt</c> article: the first non-empty line is the title, the rest the body.
/// Lines that repeat the title and scraper debris (a lone Latin word such as <c>Loading</c>) are dropped; the feed's
/// HTML is cleaned first (<see cref="FeedText"/>).
/// </summary>
internal static partial class TextArticleParser
{
    public static ReadOutcome Parse(string path, byte[] bytes)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        if (bytes.Length == 0) return ReadOutcome.Skip(path, null, "empty file");
        var text = TextRepair.DecodeUtf8(bytes, out var invalidUtf8);
        if (!TextRepair.IsRepairable(invalidUtf8, bytes.Length)) return ReadOutcome.Skip(path, null, "not UTF-8 text");
        if (LooksBinary(text)) return ReadOutcome.Skip(path, null, "binary content, not text");
        return TextRepair.Noted(FromText(path, id, text), path, null, invalidUtf8, 0);
    }

    internal static ReadOutcome FromText(string path, string id, string text)
    {
        var lines = FeedText.Clean(text.TrimStart('\uFEFF')).Split('\n')
            .Select(l => l.TrimEnd('\r').Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0) return ReadOutcome.Skip(path, null, "no text");
        var title = lines[0];
        var body = lines.Skip(1).Where(l => l != title && !IsDebris(l)).ToList();
        if (body.Count == 0) return ReadOutcome.Skip(path, null, "no body after the title");
        return ReadOutcome.Of(new Article(id, title, string.Join('\n', body)));
    }

    private static bool IsDebris(string line) => LoneLatinWord().IsMatch(line);

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        return control > sample.Length / 20;
    }

    [GeneratedRegex(@"^[A-Za-z]+$")]
    private static partial Regex LoneLatinWord();
}
