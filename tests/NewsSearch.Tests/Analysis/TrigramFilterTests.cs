using Lucene.Net.Analysis;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Analysis;

public class TrigramFilterTests
{
    private static readonly WordGramAnalyzer Grams = new();

    [Theory]
    [InlineData("شعيبا", "شعي عيب يبا")]
    [InlineData("شعيب", "شعي عيب")]
    [InlineData("حرب", "حرب")]
    [InlineData("من", "")]           // stop word: no stem, no gram
    [InlineData("عن ما هو", "")]
    public void Each_stem_becomes_its_trigrams(string text, string trigrams) =>
        Assert.Equal(trigrams, Tokens.Single(Grams, text));

    [Fact]
    public void The_first_trigram_takes_the_words_position_and_offsets_the_others_stack_on_it()
    {
        using var stream = Grams.GetTokenStream(IndexSchema.BodyGrams, "قال شعيب");
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var seen = new List<(int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken()) seen.Add((increment.PositionIncrement, offsets.StartOffset, offsets.EndOffset));
        stream.End();
        Assert.Equal([(1, 0, 3), (1, 4, 8), (0, 4, 8)], seen);
    }

    [Fact]
    public void Gives_the_same_trigrams_as_lucenes_ngram_filter_on_the_seed_articles()
    {
        var stemmed = new NewsAnalyzer();
        foreach (var article in SeedIndex.SeedArticles())
        {
            var lucene = Terms(new NGramTokenFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, stemmed.GetTokenStream("body", article.Body), 3, 3));
            Assert.Equal(lucene, Terms(new TrigramFilter(stemmed.GetTokenStream("body", article.Body))));
            Assert.NotEmpty(lucene);
        }
    }

    private static List<string> Terms(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        stream.Dispose();
        return terms;
    }
}
