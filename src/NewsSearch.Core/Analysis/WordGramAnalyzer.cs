using Lucene.Net.Analysis;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Character trigrams of each stemmed word, for the *_grams fields: two spellings or inflections of
/// one word that the stemmer leaves apart (<c>شعيب</c>, <c>شعيبا</c>) still share most of their trigrams.
/// Stems shorter than three letters give no gram; the stemmed fields match them.
/// </summary>
internal sealed class WordGramAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly NewsAnalyzer stemmed = new();

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => stemmed;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, Grams(components.TokenStream));

    /// <summary>The trigrams of each token of a stemmed stream.</summary>
    internal static TokenStream Grams(TokenStream stemmed) => new TrigramFilter(stemmed);
}
