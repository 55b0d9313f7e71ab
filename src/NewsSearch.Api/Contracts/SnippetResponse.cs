using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

/// <summary>
/// One passage of the article body. <see cref="Html"/> is safe to insert as HTML: every character is escaped
/// except the &lt;mark&gt; elements. <see cref="Start"/>, <see cref="Length"/> and the marks are offsets
/// (UTF-16 code units, as in JavaScript strings) into the article's body.
/// </summary>
public sealed record SnippetResponse(string Html, string Text, int Start, int Length, bool CutBefore, bool CutAfter,
    IReadOnlyList<MarkResponse> Marks)
{
    public static SnippetResponse From(Snippet snippet) =>
        new(SnippetFormat.Html.Render(snippet), snippet.Text, snippet.Start, snippet.Text.Length, snippet.CutBefore,
            snippet.CutAfter, snippet.Marks.Select(m => new MarkResponse(m.Start, m.Length)).ToList());
}
