using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using NewsSearch.Core.Analysis;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Analysis;

/// <summary>Our one-pass char filter against Lucene's MappingCharFilter with the same map, as the reference.</summary>
public class HazardCharFilterTests
{
    private static readonly NormalizeCharMap LuceneMap = BuildLuceneMap();

    [Fact]
    public void Gives_the_characters_and_offsets_of_lucenes_mapping_char_filter_on_the_seeds() =>
        Assert.All(SeedIndex.SeedArticles().SelectMany(a => new[] { a.Title, a.Body }), AssertSameAsLucene);

    [Theory]
    [InlineData("")]
    [InlineData("\u200C")]
    [InlineData("قال ويت\u200Cكوف إن بـــوتين\u200F وافق")]
    [InlineData("\uFEFFﻻ ﷲ ﷺ بِسْمِ اللَّهِ ڪوشنر\u200F")]
    [InlineData("ﻻﻻﻻ\u200C\u200C\u200Cﷺ")]
    public void Gives_the_characters_and_offsets_of_lucenes_mapping_char_filter(string text) => AssertSameAsLucene(text);

    [Fact]
    public void Gives_the_characters_and_offsets_of_lucenes_mapping_char_filter_on_random_text()
    {
        var random = new Random(20261123);
        char[] alphabet = [.. "ويتكوف بالمفاوضات.:", '\u200C', '\u200F', '\u0640', '\u064E', '\u0651', '\uFEFB', '\uFDF2', '\uFDFA', '\uFE8D', '\u06AA', '\0'];
        for (var i = 0; i < 2000; i++)
            AssertSameAsLucene(new string(Enumerable.Range(0, random.Next(40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
    }

    /// <summary>Lucene's map has no context, so the reference reads the text with a full stop or colon between an
    /// Arabic letter (or a word's last tashkeel) and three Arabic letters already a space; that keeps every offset.</summary>
    private static readonly System.Text.RegularExpressions.Regex JoinedWords =
        new("(?<=[\u0620-\u065F\u0671-\u06D3])[.:](?=[\u0620-\u064A\u0671-\u06D3]{3})");

    private static void AssertSameAsLucene(string text)
    {
        var ours = TextHazards.Wrap(text);
        var lucene = new MappingCharFilter(LuceneMap, new StringReader(JoinedWords.Replace(text, " ")));
        var output = ReadAll(lucene);
        Assert.Equal(output, ReadInChunks(ours));
        if (ours is not CharFilter filter) return; // no hazard: nothing to correct
        for (var offset = 0; offset <= output.Length; offset++)
            Assert.True(lucene.CorrectOffset(offset) == filter.CorrectOffset(offset), $"offset {offset} of \"{text}\"");
    }

    private static string ReadAll(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        for (var c = reader.Read(); c >= 0; c = reader.Read()) text.Append((char)c);
        return text.ToString();
    }

    private static string ReadInChunks(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        var chunk = new char[3];
        for (var n = reader.Read(chunk, 0, 3); n > 0; n = reader.Read(chunk, 0, 3)) text.Append(chunk, 0, n);
        return text.ToString();
    }

    private static NormalizeCharMap BuildLuceneMap()
    {
        var builder = new NormalizeCharMap.Builder();
        for (var c = 0; c <= 0xFFFF; c++)
            if (!char.IsSurrogate((char)c) && TextHazards.Replacement((char)c) is { } replacement)
                builder.Add(((char)c).ToString(), replacement);
        return builder.Build();
    }
}
