namespace NewsSearch.Core.Snippets;

/// <summary>
/// Decides which passages of a text to show for a set of matches: the best 1 to 3 sentences by
/// <see cref="PassageScorer"/>, in document order, each cut at word boundaries to the length limit.
/// With no match (a title-only hit) it gives the article's lead. Formats only render what this decides.
/// </summary>
public static class SnippetBuilder
{
    public static IReadOnlyList<Snippet> Build(string text, IReadOnlyList<Match> matches, SnippetOptions? options = null)
    {
        options ??= SnippetOptions.Default;
        if (text.Length == 0) return [];
        var sentences = PassageSplitter.Split(text);
        var best = sentences
            .Select(s => (Sentence: s, Matches: matches.Where(m => m.Start >= s.Start && m.End <= s.End).ToList()))
            .Where(p => p.Matches.Count > 0)
            .OrderByDescending(p => PassageScorer.Score(p.Sentence.Start, p.Sentence.End - p.Sentence.Start, p.Matches))
            .ThenBy(p => p.Sentence.Start)
            .Take(options.MaxPassages)
            .OrderBy(p => p.Sentence.Start)
            .Select(p => Cut(text, p.Sentence, p.Matches, options.MaxChars))
            .ToList();
        return best.Count > 0 ? best : [Lead(text, sentences, options.MaxChars)];
    }

    private static Snippet Lead(string text, IReadOnlyList<(int Start, int End)> sentences, int maxChars)
    {
        var first = sentences.Count > 0 ? sentences[0] : (0, text.Length);
        return Cut(text, first, [], maxChars);
    }

    private static Snippet Cut(string text, (int Start, int End) sentence, IReadOnlyList<Match> matches, int maxChars)
    {
        var (start, end) = sentence;
        if (end - start > maxChars)
        {
            var anchor = matches.Count > 0 ? matches[0].Start : start;
            var from = Math.Max(start, Math.Min(anchor - maxChars / 4, end - maxChars));
            from = WordStartAtOrAfter(text, from, start);
            end = WordEndAtOrBefore(text, Math.Min(end, from + maxChars), from);
            start = from;
        }
        var marks = matches.Where(m => m.Start >= start && m.End <= end)
            .Select(m => new Mark(m.Start, m.Length))
            .Distinct()
            .ToList();
        return new Snippet(text[start..end], start, marks, start > sentence.Start, end < sentence.End);
    }

    private static int WordStartAtOrAfter(string text, int i, int floor)
    {
        if (i <= floor) return floor;
        if (char.IsWhiteSpace(text[i - 1])) return i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int WordEndAtOrBefore(string text, int i, int floor)
    {
        if (i >= text.Length || char.IsWhiteSpace(text[i])) return i;
        var j = i;
        while (j > floor && !char.IsWhiteSpace(text[j - 1])) j--;
        while (j > floor && char.IsWhiteSpace(text[j - 1])) j--;
        return j > floor ? j : i;
    }
}
