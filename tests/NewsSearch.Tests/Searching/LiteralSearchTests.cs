using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.Searching;

/// <summary><see cref="SearchRequest.Literal"/>: the eval ranking through the ordinary search path.</summary>
public class LiteralSearchTests : IDisposable
{
    private readonly TempDir temp = new();

    [Fact]
    public void Operators_and_quotes_are_text_and_any_word_may_match()
    {
        var searcher = IndexOf(
            new Article("a", "", "احتفل الشاب آل ناصر بزفافه في عسير."),
            new Article("b", "", "أعلنت وزارة الصحة حملة تطعيم في الرياض."));

        var results = searcher.Search(new SearchRequest("\"آل ناصر\" AND (زفاف OR") { Literal = true });

        Assert.Equal("a", Assert.Single(results.Hits).Article.Id);
    }

    [Fact]
    public void Grams_find_a_spelling_the_stemmer_leaves_apart()
    {
        var searcher = IndexOf(
            new Article("a", "", "وإلى مدين أخاهم شعيبا قال يا قوم اعبدوا الله."),
            new Article("b", "", "قال موسى لقومه اصبروا."));

        var results = searcher.Search(new SearchRequest("من هم قوم شعيب؟") { Literal = true });

        Assert.Equal("a", results.Hits[0].Article.Id);
    }

    [Fact]
    public void A_query_of_stop_words_only_is_refused_with_a_clear_message()
    {
        var searcher = IndexOf(new Article("a", "", "نص الخبر."));

        var error = Assert.Throws<QuerySyntaxException>(() => searcher.Search(new SearchRequest("من في") { Literal = true }));

        Assert.Contains("no word", error.Message);
    }

    private readonly List<NewsIndex> indexes = [];

    private NewsSearcher IndexOf(params Article[] articles)
    {
        var index = NewsIndex.Open(Path.Combine(temp.Path, "index"));
        indexes.Add(index);
        ArticleIndexer.Run(index, articles.Select(ReadOutcome.Of), new IndexRunOptions { Rebuild = true });
        return new NewsSearcher(index);
    }

    public void Dispose()
    {
        foreach (var index in indexes) index.Dispose();
        temp.Dispose();
    }
}
