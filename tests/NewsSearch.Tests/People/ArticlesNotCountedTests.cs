using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.People;

/// <summary>
/// A <c>person:</c> search finds the articles <c>mentions</c> counts: it leaves out those where no mention counts (a
/// namesake, the ordinary word, a bare surname with no evidence either way), the same whether found for the query or
/// read from the listed people's count, which the API makes in the background after a commit.
/// </summary>
public sealed class ArticlesNotCountedTests(ResolverArticles articles) : IClassFixture<ResolverArticles>
{
    private static readonly string[] KushnerNotCounted =
        ["doubtful", "namesake-first-name", "namesake-role", "one-sense", "organisation-before"];

    [Fact]
    public void A_person_query_leaves_out_the_articles_naming_a_namesake_or_only_doubtfully()
    {
        var found = new NewsSearcher(articles.Index.Index).Search(new SearchRequest("person:kushner") { PageSize = 50 });

        Assert.DoesNotContain(found.Hits, h => KushnerNotCounted.Contains(h.Article.Id));
        Assert.Contains(found.Hits, h => h.Article.Id == "full-name");
    }

    [Theory]
    [InlineData("kushner")]
    [InlineData("kerry")]
    [InlineData("zarif")]
    public void A_person_query_finds_exactly_the_articles_the_mentions_count(string person)
    {
        var searcher = new NewsSearcher(articles.Index.Index);
        var report = searcher.Mentions.Mentions(person);

        var found = searcher.Search(new SearchRequest($"person:{person}") { PageSize = 50 });

        Assert.Contains(report.Found, a => !a.Mentions.Any(m => m.Counted) && a.Mentions.Any(m => m.Resolution == Resolution.Doubtful));
        Assert.Equal(report.Articles.Select(a => a.Id).Order(StringComparer.Ordinal),
            found.Hits.Select(h => h.Article.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Once_the_listed_people_are_counted_person_queries_read_the_left_out_articles_from_the_count()
    {
        var searcher = new NewsSearcher(articles.Index.Index);
        var listed = await searcher.Mentions.CountInBackground();
        var kushner = PersonForms.Resolve(searcher.Mentions.People, "kushner");

        var leftOut = searcher.Mentions.ArticlesNotCounted(kushner);

        Assert.Same(listed.NotCounted["kushner"], leftOut);
        Assert.Equal(KushnerNotCounted, leftOut.Order(StringComparer.Ordinal));
        Assert.Equal(leftOut.Order(StringComparer.Ordinal),
            new MentionSearcher(articles.Index.Index).ArticlesNotCounted(kushner).Order(StringComparer.Ordinal));
    }
}
