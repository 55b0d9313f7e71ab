namespace NewsSearch.Core.Snippets;

/// <summary>
/// Decides which passages of a text to show for a set of matches: the best sentences by
/// <see cref="PassageScorer"/> (only sentences with a match, each text once), in document order, each cut at word
/// boundaries to the length limit. With no match (a title-only hit) it gives the article's lead.
/// Formats only render what this decides.
/// </summary>
public static class SnippetBuilder
{
    public static IReadOnlyList<Snippet> Build(string text, IReadOnlyList<Match> matches, SnippetOptions? options = null)
    {
        options ??= SnippetOptions.Default;
        var sentences = PassageSplitter.Split(text);
        if (sentences.Count == 0) return [];
        var best = sentences
            .Select(s => new Passage(s.Start, s.End, [.. matches.Where(m => m.Start >= s.Start && m.Start < s.End)]))
            .Where(p => p.Matches.Count > 0)
            .OrderByDescending(p => PassageScorer.Score(p.Start, p.End - p.Start, p.Matches))
            .ThenBy(p => p.Start)
            .DistinctBy(p => text[p.Start..p.End]) // agencies repeat sentences; show each text once
            .Take(options.MaxPassages)
            .OrderBy(p => p.Start)
            .Select(p => Show(text, p, options.MaxChars))
            .ToList();
        return best.Count > 0 ? best : [Lead(text, sentences, options.MaxChars)];
    }

    private static Snippet Show(string text, Passage passage, int maxChars)
    {
        var (start, end) = passage.End - passage.Start <= maxChars
            ? (passage.Start, passage.End)
            : PassageWindow.Fit(text, passage, maxChars);
        var marks = passage.Matches
            .SelectMany(m => m.Tokens)
            .Where(t => t.Start >= start && t.End <= end)
            .Distinct()
            .OrderBy(t => t.Start)
            .ToList();
        return new Snippet(text[start..end], start, marks, start > passage.Start, end < passage.End);
    }

    /// <summary>The opening sentences that fit in the limit, or the first one cut at a word boundary.</summary>
    private static Snippet Lead(string text, IReadOnlyList<(int Start, int End)> sentences, int maxChars)
    {
        var (start, end) = sentences[0];
        foreach (var next in sentences.Skip(1).TakeWhile(s => s.End - start <= maxChars)) end = next.End;
        if (end - start <= maxChars) return new Snippet(text[start..end], start, [], false, false);
        var cut = PassageWindow.Fit(text, new Passage(start, end, []), maxChars);
        return new Snippet(text[cut.Start..cut.End], cut.Start, [], false, true);
    }
}
