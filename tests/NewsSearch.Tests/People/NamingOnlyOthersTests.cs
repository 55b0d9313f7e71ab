using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.People;

/// <summary>
/// The articles a <c>person:</c> search leaves out (every mention of the surname someone else's) are the same whether
/// found for the query or read from the listed people's count, which the API makes in the background after a commit.
/// </summary>
public sealed class NamingOnlyOthersTests(ResolverArticles articles) : IClassFixture<ResolverArticles>
{
    private static readonly string[] KouchnerOnly = ["namesake-first-name", "namesake-role", "one-sense", "organisation-before"];

    [Fact]
    public void A_person_query_leaves_out_the_articles_naming_only_a_namesake()
    {
        var found = new NewsSearcher(articles.Index.Index).Search(new SearchRequest("person:kushner") { PageSize = 50 });

        Assert.DoesNotContain(found.Hits, h => KouchnerOnly.Contains(h.Article.Id));
        Assert.Contains(found.Hits, h => h.Article.Id == "full-name");
    }

    [Fact]
    public async Task Once_the_listed_people_are_counted_person_queries_read_the_namesake_articles_from_the_count()
    {
        var searcher = new NewsSearcher(articles.Index.Index);
        var listed = await searcher.Mentions.CountInBackground();
        var kushner = PersonForms.Resolve(searcher.Mentions.People, "kushner");

        var leftOut = searcher.Mentions.ArticlesNamingOnlyOthers(kushner);

        Assert.Same(listed.NamingOnlyOthers["kushner"], leftOut);
        Assert.Equal(KouchnerOnly, leftOut.Order(StringComparer.Ordinal));
        Assert.Equal(leftOut.Order(StringComparer.Ordinal),
            new MentionSearcher(articles.Index.Index).ArticlesNamingOnlyOthers(kushner).Order(StringComparer.Ordinal));
    }
}
