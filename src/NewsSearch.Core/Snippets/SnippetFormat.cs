using System.Net;
using System.Text;

namespace NewsSearch.Core.Snippets;

/// <summary>Renders a <see cref="Snippet"/> for one medium; it never decides what to show.</summary>
public abstract class SnippetFormat
{
    public const string Ellipsis = "…";

    /// <summary>Bold yellow on a terminal; control characters in the text are blanked so data cannot drive the terminal.</summary>
    public static readonly SnippetFormat Ansi = new Wrapping("\u001b[1;33m", "\u001b[0m", BlankControls);
    /// <summary>
    /// The marks for redirected output and logs: ⟦marked⟧ words. U+27E6/U+27E7 (mathematical white square brackets)
    /// occur nowhere in the shared Arabic news corpora, unlike «», which outlets use as quotation marks, and they are
    /// plain characters that survive copy-paste into a document. <see cref="Brackets"/> marks are never in machine output.
    /// </summary>
    public static readonly SnippetFormat Brackets = new Wrapping(OpenMark, CloseMark, BlankControls);
    public const string OpenMark = "⟦", CloseMark = "⟧";
    /// <summary>The passage as plain text (no marks), with … where it was cut: for spreadsheets and <c>--marks none</c>.</summary>
    public static readonly SnippetFormat Plain = new Wrapping("", "", s => s);
    /// <summary>HTML with &lt;mark&gt;; every other character escaped.</summary>
    public static readonly SnippetFormat Html = new Wrapping("<mark>", "</mark>", WebUtility.HtmlEncode);

    public abstract string Render(Snippet snippet);

    private sealed class Wrapping(string open, string close, Func<string, string> escape) : SnippetFormat
    {
        public override string Render(Snippet snippet)
        {
            var text = new StringBuilder();
            if (snippet.CutBefore) text.Append(Ellipsis);
            var at = 0;
            foreach (var (start, end) in MergedMarks(snippet))
            {
                text.Append(escape(snippet.Text[at..start])).Append(open)
                    .Append(escape(snippet.Text[start..end])).Append(close);
                at = end;
            }
            text.Append(escape(snippet.Text[at..]));
            if (snippet.CutAfter) text.Append(Ellipsis);
            return text.ToString();
        }
    }

    private static string BlankControls(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c)) : text;

    /// <summary>Marks relative to the snippet, with neighbours joined when only spaces stand between them.</summary>
    private static List<(int Start, int End)> MergedMarks(Snippet snippet)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var mark in snippet.Marks.OrderBy(m => m.Start))
        {
            var (start, end) = (mark.Start - snippet.Start, mark.End - snippet.Start);
            if (merged.Count > 0 && merged[^1].End <= start && string.IsNullOrWhiteSpace(snippet.Text[merged[^1].End..start]))
                merged[^1] = (merged[^1].Start, Math.Max(end, merged[^1].End));
            else if (merged.Count == 0 || merged[^1].End <= start)
                merged.Add((start, end));
        }
        return merged;
    }
}
