using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Standard;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Analysis for exact word forms: tokens are only cleaned and normalised (no stop words, no stemming),
/// so <c>المفاوضات</c> matches itself and not <c>مفاوض</c>. Used for the *_exact fields.
/// </summary>
public sealed class ExactFormAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => TextHazards.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(NewsAnalyzer.Lucene, reader);
        TokenStream stream = new LowerCaseFilter(NewsAnalyzer.Lucene, tokenizer);
        stream = new DecimalDigitFilter(stream);
        stream = new PersianNormalizationFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new HamzaSeatFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
