using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Standard;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Analysis for exact word forms: tokens are only cleaned and normalised (no stop words, no stemming),
/// so <c>المفاوضات</c> matches itself and not <c>مفاوض</c>. Used for the *_exact fields.
/// </summary>
internal sealed class ExactFormAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => TextHazards.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(NewsAnalyzer.Lucene, reader);
        return new TokenStreamComponents(tokenizer, Normalising(NewsAnalyzer.CommonFront(tokenizer)));
    }

    /// <summary>The exact-form fields' steps after <see cref="NewsAnalyzer.CommonFront"/>.</summary>
    internal static TokenStream Normalising(TokenStream front) =>
        new CharacterFoldFilter<HamzaSeatFold>(new ArabicNormalizationFilter(new PersianNormalizationFilter(front)));
}
