using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Searching;

public class LiteralQueryBuilderTests
{
    private static Query? Build(string text, Ranking ranking) => new LiteralQueryBuilder(IndexSchema.Analyzer, ranking).Build(text);

    [Fact]
    public void Syntax_characters_and_operators_are_plain_text()
    {
        var query = Build("\"آل ناصر\" AND (يحتفل", Ranking.Default with { ProximityWeight = 0 });

        var words = Assert.IsAssignableFrom<BooleanQuery>(query);
        Assert.Equal(4, words.Clauses.Count); // آل, ناصر, and, يحتفل: AND is searched as a word, not obeyed
        Assert.All(words.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
    }

    [Fact]
    public void Stop_words_and_punctuation_alone_give_no_query() =>
        Assert.Null(Build("في من « » ..", Ranking.Default));

    [Fact]
    public void Each_word_searches_stemmed_and_exact_fields_of_title_and_body()
    {
        var query = (BooleanQuery)Build("المفاوضات", Ranking.Default with { ExactWeight = 0.5f, GramWeight = 0, ProximityWeight = 0 })!;

        var fields = ((BooleanQuery)query.Clauses.Single().Query).Clauses
            .Select(c => ((TermQuery)c.Query).Term.Field).Order();
        Assert.Equal([IndexSchema.Body, IndexSchema.BodyExact, IndexSchema.Title, IndexSchema.TitleExact], fields);
    }

    [Fact]
    public void A_word_weight_is_shared_among_its_trigrams()
    {
        var query = (BooleanQuery)Build("شعيب", Ranking.Default with { ExactWeight = 0, GramWeight = 1.5f, ProximityWeight = 0 })!;

        var grams = ((BooleanQuery)query.Clauses.Single().Query).Clauses
            .Select(c => (TermQuery)c.Query).Where(t => t.Term.Field == IndexSchema.BodyGrams).ToList();
        Assert.Equal(["شعي", "عيب"], grams.Select(t => t.Term.Text).Order());
        Assert.All(grams, g => Assert.Equal(0.75f, g.Boost, 3));
    }

    [Fact]
    public void Neighbouring_words_add_proximity_clauses()
    {
        var query = (BooleanQuery)Build("رئيس الوزراء البريطاني", Ranking.Default with { ProximityWeight = 1, ProximitySlop = 3 })!;

        var near = query.Clauses.Select(c => c.Query).OfType<SpanNearQuery>().ToList();
        Assert.Equal(4, near.Count); // two pairs, in title and in body
        Assert.All(near, n => Assert.Equal(3, n.Slop));
    }

    [Fact]
    public void Minimum_should_match_is_a_share_of_the_words()
    {
        var query = (BooleanQuery)Build("رئيس الوزراء البريطاني كاميرون", Ranking.Default with { ProximityWeight = 0, MinimumShouldMatch = 0.5f })!;

        Assert.Equal(2, query.MinimumNumberShouldMatch);
    }

    [Theory]
    [InlineData(true, "الأمريكية", "الأميركية")]
    [InlineData(false, "الأمريكية")]
    public void A_word_with_spelling_variants_searches_them_all(bool variants, params string[] expected)
    {
        var query = (BooleanQuery)Build("الأمريكية", Ranking.Default with { ExactWeight = 0, GramWeight = 0, ProximityWeight = 0, Variants = variants })!;

        var body = ((BooleanQuery)query.Clauses.Single().Query).Clauses
            .Select(c => (TermQuery)c.Query).Where(t => t.Term.Field == IndexSchema.Body).Select(t => t.Term.Text);
        Assert.Equal(expected.Select(Stem).Order(), body.Order());
    }

    private static string Stem(string word)
    {
        using var stream = IndexSchema.Analyzer.GetTokenStream(IndexSchema.Body, word);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        stream.IncrementToken();
        var text = term.ToString();
        stream.End();
        return text;
    }
}
