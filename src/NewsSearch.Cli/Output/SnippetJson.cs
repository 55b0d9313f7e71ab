using NewsSearch.Core.Snippets;

namespace NewsSearch.Cli.Output;

/// <summary>
/// One passage, unmarked: <see cref="Text"/> is exactly the body's characters from <see cref="Start"/> for
/// <see cref="Length"/>, and each mark's start and length index the body, so <c>text[mark.start - start ..]</c> is the
/// marked word. <see cref="CutBefore"/>/<see cref="CutAfter"/> say the passage was cut inside its sentence.
/// </summary>
public sealed record SnippetJson(string Text, int Start, int Length, bool CutBefore, bool CutAfter, IReadOnlyList<Mark> Marks)
{
    public static SnippetJson From(Snippet snippet) =>
        new(snippet.Text, snippet.Start, snippet.Text.Length, snippet.CutBefore, snippet.CutAfter, snippet.Marks);
}
