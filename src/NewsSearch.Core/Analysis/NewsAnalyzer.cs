using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// NewsSearch's Arabic analysis for matching: Lucene's Arabic chain
/// (tokenise, lower-case, stop words, <see cref="ArabicNormalizationFilter"/>, <see cref="ArabicStemFilter"/>).
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    /// <summary>Bump whenever the token stream changes: an index built by another version is refused.</summary>
    public const string Version = "1";

    internal const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Lucene, reader);
        TokenStream stream = new LowerCaseFilter(Lucene, tokenizer);
        stream = new StopFilter(Lucene, stream, ArabicAnalyzer.DefaultStopSet);
        stream = new ArabicNormalizationFilter(stream);
        stream = new ArabicStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
