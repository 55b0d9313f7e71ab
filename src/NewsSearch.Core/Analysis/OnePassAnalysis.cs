using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Analyses a text once for its stemmed, exact-form and trigram fields: the tokenizer runs once (the char filter
/// only when the text holds a character it changes), the exact forms and the stems are both derived from its
/// words, and the trigrams from the stems. The tokens are exactly those of <see cref="NewsAnalyzer"/>,
/// <see cref="ExactFormAnalyzer"/> and <see cref="WordGramAnalyzer"/> on the same text, at a third of the cost.
/// Not thread-safe, and the streams of one text must be read before the next text is analysed.
/// </summary>
internal sealed class OnePassAnalysis
{
    private readonly StandardTokenizer tokenizer = new(NewsAnalyzer.Lucene, TextReader.Null);
    private readonly TokenStream words;
    private readonly TokenStream stemming;
    private readonly RecordedTokens wordTokens = new();
    private readonly RecordedTokens stemTokens = new();
    private readonly AnalysedText streams;

    public OnePassAnalysis(NewsAnalyzer analyzer)
    {
        words = NewsAnalyzer.CommonFront(tokenizer);
        stemming = analyzer.Stemming(wordTokens.Replay());
        streams = new AnalysedText(
            stemTokens.Replay(),
            ExactFormAnalyzer.Normalising(wordTokens.Replay()),
            WordGramAnalyzer.Grams(stemTokens.Replay()));
    }

    public AnalysedText Analyse(string text)
    {
        tokenizer.SetReader(TextHazards.Wrap(text));
        wordTokens.Record(words);
        stemTokens.Record(stemming);
        return streams;
    }
}
