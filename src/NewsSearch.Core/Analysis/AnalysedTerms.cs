using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>The one loop that reads every token an analyzer makes of a text for one field, in order.</summary>
internal static class AnalysedTerms
{
    public static List<string> Of(Analyzer analyzer, string field, string text) =>
        [.. Tokens(analyzer, field, text).Select(t => t.Term)];

    /// <summary>The terms with the offsets of the text each was read from.</summary>
    public static List<(string Term, int Start, int End)> WithOffsets(Analyzer analyzer, string field, string text) =>
        [.. Tokens(analyzer, field, text).Select(t => (t.Term, t.Start, t.End))];

    /// <summary>
    /// The terms with their positions, counted as Lucene's indexing counts them for a field's one value (the first
    /// token at its position increment less one, each next one its increment further), and their offsets.
    /// </summary>
    public static List<(string Term, int Position, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
