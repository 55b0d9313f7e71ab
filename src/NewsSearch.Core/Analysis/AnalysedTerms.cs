using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>The one loop that reads every token an analyzer makes of a text for one field, in order.</summary>
internal static class AnalysedTerms
{
    public static List<string> Of(Analyzer analyzer, string field, string text) =>
        [.. WithOffsets(analyzer, field, text).Select(t => t.Term)];

    /// <summary>The terms with the offsets of the text each was read from.</summary>
    public static List<(string Term, int Start, int End)> WithOffsets(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }
}
