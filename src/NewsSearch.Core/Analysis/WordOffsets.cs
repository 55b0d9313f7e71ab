using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Where each word of a text is, by position: the tokenizer alone, behind the same char filter as every text field's
/// analysis. Every text field (stemmed and exact forms) counts positions in the tokenizer's words — no filter after
/// it adds a token, and the only one that drops tokens (stop words) leaves their positions empty — so a field's
/// token at position p is the text's word p. A fifth of the cost of the full analysis.
/// </summary>
internal sealed class WordOffsets
{
    /// <summary>One tokenizer per thread, reused (a tokenizer is not thread-safe).</summary>
    private static readonly ThreadLocal<StandardTokenizer> Tokenizers = new(() => new(NewsAnalyzer.Lucene, TextReader.Null));

    private readonly List<(int Start, int End)> words = [];

    private WordOffsets(string text, int through)
    {
        var tokenizer = Tokenizers.Value!;
        tokenizer.SetReader(TextHazards.Wrap(text));
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        var offsets = tokenizer.AddAttribute<IOffsetAttribute>();
        try
        {
            tokenizer.Reset();
            var position = -1;
            while (tokenizer.IncrementToken())
            {
                position += increment.PositionIncrement;
                // A word longer than the tokenizer takes is skipped, its position left empty.
                while (words.Count < position) words.Add((-1, -1));
                words.Add((offsets.StartOffset, offsets.EndOffset));
                if (position >= through) break;
            }
            tokenizer.End();
        }
        finally
        {
            tokenizer.Dispose(); // ready for the thread's next text
        }
    }

    public static WordOffsets Of(string text) => new(text, int.MaxValue);

    /// <summary>The words of a text up to the one at <paramref name="through"/>: the rest is not read.</summary>
    public static WordOffsets Of(string text, int through) => new(text, through);

    /// <summary>The start and end offsets of the word at a position of any text field of this text.</summary>
    public (int Start, int End) At(int position) => words[position];
}
