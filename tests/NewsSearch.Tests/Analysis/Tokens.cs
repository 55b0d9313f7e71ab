using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Tests.Analysis;

/// <summary>Runs text through an analyzer and returns its terms (with offsets when asked).</summary>
internal static class Tokens
{
    public static List<string> Of(Analyzer analyzer, string text) => WithOffsets(analyzer, text).Select(t => t.Term).ToList();

    public static string Single(Analyzer analyzer, string word) => string.Join(" ", Of(analyzer, word));

    public static List<(string Term, int Start, int End)> WithOffsets(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
