using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Analysis;

/// <summary>
/// <see cref="VerbTenses"/>: a headline's verb (يجتمع, تؤكد, يستقبل) and its article's (اجتمع, أكد/أكدت, استقبل)
/// are one word to a search; a noun the corpus writes with the article is never read as a verb.
/// </summary>
public sealed class VerbTensesTests
{
    private static readonly VerbTenses Tenses = VerbTenses.Shipped;

    private static string Stem(string word) => Tokens.Single(new NewsAnalyzer(), word);

    private static IReadOnlyList<string> Of(string word) => Tenses.Of(Stem(word));

    [Theory]
    [InlineData("يجتمع", "اجتمع")]
    [InlineData("يجتمع", "اجتمعت")]
    [InlineData("يجتمع", "تجتمع")]
    [InlineData("يستقبل", "استقبل")]
    [InlineData("يرتفع", "ارتفع")]
    [InlineData("يناقش", "ناقش")]
    [InlineData("يشارك", "شاركت")]
    [InlineData("تستهدف", "استهدفت")]
    [InlineData("يؤكد", "أكد")]
    [InlineData("تؤكد", "أكدت")]
    [InlineData("تؤكد", "يؤكد")]
    [InlineData("أكد", "يؤكد")]
    [InlineData("اجتمع", "يجتمع")]
    [InlineData("استقبلت", "يستقبل")]
    [InlineData("يقيم", "قامت")]
    [InlineData("يقيم", "أقامت")]
    [InlineData("يعود", "عادت")]
    [InlineData("عادت", "يعود")]
    public void A_verb_finds_its_other_tenses_and_persons(string query, string other) =>
        Assert.Contains(Stem(other), Of(query));

    [Theory]
    [InlineData("يعقد", "عقد")] // a contract, a decade
    [InlineData("يبحث", "بحث")] // research
    [InlineData("يدعم", "دعم")] // support
    [InlineData("يقيم", "أقام")] // also الإقامة, residence
    [InlineData("يعود", "عاد")] // also العادي, ordinary
    public void A_perfect_that_is_also_a_noun_is_not_added(string query, string noun) =>
        Assert.DoesNotContain(Stem(noun), Of(query));

    [Theory]
    [InlineData("التقدم")]
    [InlineData("التعاون")]
    [InlineData("تجمع")]
    [InlineData("الأمن")]
    [InlineData("ويتكوف")]
    [InlineData("موسكو")]
    public void A_noun_or_a_name_is_not_read_as_a_verb(string word) => Assert.Empty(Of(word));

    [Fact]
    public void A_short_stem_has_no_core_to_conjugate()
    {
        Assert.Empty(Tenses.Of("يد"));
        Assert.Empty(Tenses.Of("من"));
    }

    [Fact]
    public void The_parser_ors_a_verbs_tenses_on_the_stemmed_fields_only()
    {
        var parser = new NewsQueryParser(IndexSchema.Analyzer);

        var text = parser.Parse("يجتمع").ToString();
        Assert.Contains("body:اجتمع", text);
        Assert.Contains("title:اجتمع", text);
        Assert.DoesNotContain("اجتمع", parser.Parse("=يجتمع").ToString());
        Assert.DoesNotContain("اجتمع", parser.Parse("\"يجتمع الوزراء\"").ToString());
    }
}
