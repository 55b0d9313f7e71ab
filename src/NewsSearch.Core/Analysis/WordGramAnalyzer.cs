using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Character trigrams of each stemmed word, for the *_grams fields: two spellings or inflections of
/// one word that the stemmer leaves apart (<c>شعيب</c>, <c>شعيبا</c>) still share most of their trigrams.
/// Stems shorter than three letters give no gram; the stemmed fields match them.
/// </summary>
public sealed class WordGramAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    public const int GramLength = 3;

    private readonly NewsAnalyzer stemmed = new();

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => stemmed;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        new(components.Tokenizer, new NGramTokenFilter(NewsAnalyzer.Lucene, components.TokenStream, GramLength, GramLength));
}
