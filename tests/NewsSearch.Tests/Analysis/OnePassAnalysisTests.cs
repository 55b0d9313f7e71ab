using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Analysis;

public class OnePassAnalysisTests
{
    private static readonly Analyzer PerField = IndexSchema.Analyzer;

    public static TheoryData<string> Texts() => new(AllTexts());

    private static List<string> AllTexts()
    {
        var texts = new List<string>
        {
            "",
            "وويتكوف ولكوشنر بميامي والكرملين، وزير الوزارة ولايات لفلسطين.",
            "قال ويت\u200Cكوف إن بـــوتين\u200F وافق على ﻭﻳﺘﻜﻮﻑ في عام ٢٠٢٢ و۲۰۲۳",  // hidden characters, presentation forms, digits
            "إلى في من على عن أن إن هذا الذي",                                       // stop words leave position gaps
            "WITKOFF met Umerov — 28-point plan, 3.5% " + new string('ب', 300),    // Latin, numbers, an over-long token
        };
        foreach (var article in SeedIndex.SeedArticles())
        {
            texts.Add(article.Title);
            texts.Add(article.Body);
        }
        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_exactly_the_tokens_of_each_fields_own_analyzer(string text)
    {
        var analysed = new OnePassAnalysis(new NewsAnalyzer()).Analyse(text);
        Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.Body, text)), Read(analysed.Stemmed));
        Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.BodyExact, text)), Read(analysed.Exact));
        Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.BodyGrams, text)), Read(analysed.Grams));
    }

    [Fact]
    public void Is_reused_text_after_text_and_each_stream_can_be_read_again()
    {
        var analysis = new OnePassAnalysis(new NewsAnalyzer());
        var texts = AllTexts();
        foreach (var text in texts.Concat(texts))
        {
            var analysed = analysis.Analyse(text);
            Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.Body, text)), Read(analysed.Stemmed));
            Assert.Equal(Read(analysed.Stemmed), Read(analysed.Stemmed));
            Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.BodyExact, text)), Read(analysed.Exact));
            Assert.Equal(Read(PerField.GetTokenStream(IndexSchema.BodyGrams, text)), Read(analysed.Grams));
        }
    }

    [Theory]
    [InlineData("ويت\u200Cكوف", true)]
    [InlineData("بـــوتين", true)]
    [InlineData("ﻭﻳﺘﻜﻮﻑ", true)]
    [InlineData("ڪوشنر", true)]
    [InlineData("ويتكوف وكوشنر في ميامي، ٢٠٢٢", false)]
    public void Text_hazards_are_detected_so_that_clean_text_skips_the_char_filter(string text, bool hazardous) =>
        Assert.Equal(hazardous, TextHazards.OccurIn(text));

    private static List<string> Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term} +{increment.PositionIncrement} {offsets.StartOffset}-{offsets.EndOffset}");
        stream.End();
        tokens.Add($"end +{increment.PositionIncrement} {offsets.EndOffset}");
        stream.Dispose();
        return tokens;
    }
}
