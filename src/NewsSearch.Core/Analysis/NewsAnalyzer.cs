using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// NewsSearch's Arabic analysis for matching, built around Lucene's <see cref="ArabicNormalizationFilter"/> and
/// <see cref="ArabicStemFilter"/>: text hazards removed before tokenising, digits folded, names protected and found
/// behind their clitics, hamza seats folded, attached pronouns and clitics stripped when what remains is a word. docs/analysis.md
/// walks through the chain.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    /// <summary>
    /// Changes whenever the token stream or what the index keeps of it can change: the chain's number, plus a
    /// fingerprint of the word lists it reads. An index built by another version is refused or rebuilt. 5: ingest
    /// decodes the feeds' HTML entities and strips their markup (<see cref="Articles.FeedText"/>), so an older index
    /// holds and matches other text. 6: the text fields keep positions without offsets (a mark is the word at the
    /// token's position, <see cref="WordOffsets"/>). 7: a full stop or colon between two Arabic letters splits the
    /// words (<see cref="TextHazards"/>).
    /// </summary>
    public static readonly string Version = "7." + WordListFingerprint();

    internal const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly WordsAndStems protectedWords;
    private readonly WordsAndStems knownWords;

    /// <summary>
    /// A clitic written apart from its word (لـ«الرياض», الـ 5, كـ: the tatweel is gone by the tokenizer) is a word of
    /// the text but none of a query: a query drops it like the stop words Lucene lists (و ب ف are among them, ل ك ال
    /// are not), so a pasted headline does not require it. The index keeps it: indexing is unchanged.
    /// </summary>
    internal static readonly CharArraySet DetachedClitics = new(Lucene, ["ل", "ك", "ال", "لل"], ignoreCase: false);

    /// <summary>The analysis of queries: this one, dropping <see cref="DetachedClitics"/> as well.</summary>
    public static NewsAnalyzer ForQueries() => new(ProtectedWords.Default, CorpusNouns.Default) { dropsDetachedClitics = true };

    private bool dropsDetachedClitics;

    public NewsAnalyzer() : this(ProtectedWords.Default, CorpusNouns.Default) { }

    public NewsAnalyzer(WordsAndStems protectedWords, WordsAndStems attestedWords)
    {
        this.protectedWords = protectedWords;
        knownWords = WordsAndStems.Union(protectedWords, attestedWords);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => TextHazards.Wrap(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Lucene, reader);
        return new TokenStreamComponents(tokenizer, Stemming(CommonFront(tokenizer)));
    }

    /// <summary>The steps every field family shares: lower case and ASCII digits on the tokenizer's words.</summary>
    internal static TokenStream CommonFront(Tokenizer tokenizer) =>
        new CharacterFoldFilter<DecimalDigitFold>(new LowerCaseFilter(Lucene, tokenizer));

    /// <summary>The stemmed fields' steps after <see cref="CommonFront"/>.</summary>
    internal TokenStream Stemming(TokenStream front)
    {
        TokenStream stream = new StopFilter(Lucene, front, ArabicAnalyzer.DefaultStopSet);
        if (dropsDetachedClitics) stream = new StopFilter(Lucene, stream, DetachedClitics);
        stream = new PersianNormalizationFilter(stream);
        stream = new TaaMarbutaFilter(stream);
        stream = new ArabicNormalizationFilter(stream);
        stream = new CharacterFoldFilter<HamzaSeatFold>(stream);
        stream = new ProtectedWordFilter(stream, protectedWords);
        var known = new RealWordLookup(knownWords);
        stream = new AttachedPronounFilter(stream, known);
        stream = new CliticFilter(stream, known);
        stream = new LeadingWawGuard.Shield(stream);
        stream = new ArabicStemFilter(stream);
        return new LeadingWawGuard.Restore(stream);
    }

    private static string WordListFingerprint()
    {
        var lines = ProtectedWords.Lines().Concat(WordsAndStems.ResourceLines(CorpusNouns.Resource));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return Convert.ToHexStringLower(hash)[..8];
    }
}
