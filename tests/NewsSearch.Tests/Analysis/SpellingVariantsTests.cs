using Lucene.Net.Search;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Analysis;

public class SpellingVariantsTests
{
    [Fact]
    public void One_inflection_in_the_file_covers_the_others()
    {
        var variants = SpellingVariants.Shipped;
        var american = Tokens.Single(new NewsAnalyzer(), "الأمريكيين");
        Assert.Contains(Tokens.Single(new NewsAnalyzer(), "الأميركية"), variants.Of(american)!);
        Assert.Null(variants.Of(Tokens.Single(new NewsAnalyzer(), "روسيا")));
    }

    [Fact]
    public void Lines_sharing_a_word_merge_into_one_group()
    {
        var variants = SpellingVariants.From(["# comment", "عمروف عميروف", "عميروف أوميروف"], new NewsAnalyzer());
        Assert.Equal(3, variants.Of("اوميروف")!.Count);
    }

    [Fact]
    public void The_parser_ors_variants_on_the_stemmed_fields_only()
    {
        var parser = new NewsQueryParser(IndexSchema.Analyzer);
        var text = parser.Parse("غناتوف").ToString();
        Assert.Contains("body:هناتوف", text);
        Assert.Contains("title:غناتوف", text);
        var exact = parser.Parse("=غناتوف").ToString();
        Assert.DoesNotContain("هناتوف", exact);
        Assert.Contains("body_exact:غناتوف", exact);
    }

    [Fact]
    public void Exact_syntax_targets_the_exact_fields()
    {
        var parser = new NewsQueryParser(IndexSchema.Analyzer);
        var query = parser.Parse("exact:\"الخارجية الأميركية\"");
        var clauses = Assert.IsType<BooleanQuery>(query).Clauses;
        Assert.Equal(2, clauses.Count);
        Assert.All(clauses, c => Assert.IsType<PhraseQuery>(c.Query));
        Assert.Contains("body_exact:\"الخارجيه الاميركيه\"", query.ToString());
    }
}
