using NewsSearch.Core.Snippets;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class SeedSearchTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private static string[] Ids(Core.Searching.SearchResults results) => results.Hits.Select(h => h.Article.Id).Order().ToArray();

    [Fact]
    public void Miami_finds_both_seeds()
    {
        Assert.Equal([SeedIndex.Asharq, SeedIndex.Anadolu], Ids(seeds.Search("ميامي")));
    }

    [Fact]
    public void Phrase_steve_witkoff_finds_both_and_marks_both_words()
    {
        var results = seeds.Search("\"ستيف ويتكوف\"");
        Assert.Equal([SeedIndex.Asharq, SeedIndex.Anadolu], Ids(results));
        foreach (var hit in results.Hits)
        {
            var marked = hit.Snippets.SelectMany(s => s.Marks.Select(m => hit.Article.Body.Substring(m.Start, m.Length))).ToList();
            Assert.Contains("ستيف", marked);
            Assert.Contains("ويتكوف", marked);
            Assert.Contains(hit.Snippets, s => SnippetFormat.Brackets.Render(s).Contains("⟦ستيف ويتكوف⟧"));
        }
    }

    [Fact]
    public void Phrase_rustem_umerov_finds_both()
    {
        Assert.Equal([SeedIndex.Asharq, SeedIndex.Anadolu], Ids(seeds.Search("\"رستم عمروف\"")));
    }

    [Fact]
    public void Bezimenne_finds_only_the_asharq_seed()
    {
        Assert.Equal([SeedIndex.Asharq], Ids(seeds.Search("بيزيميني")));
    }

    [Fact]
    public void Words_are_all_required_by_default()
    {
        var both = seeds.Search("ميامي بيزيميني");
        Assert.Equal(1, both.TotalHits);
        Assert.Equal(SeedIndex.Asharq, both.Hits[0].Article.Id);
        Assert.Equal(2, both.PartialFromRank); // the page goes on with the article that has one of the words
        Assert.Equal([SeedIndex.Asharq, SeedIndex.Anadolu], Ids(seeds.Search("ميامي OR بيزيميني")));
    }

    [Fact]
    public void Not_excludes_an_article()
    {
        Assert.Equal([SeedIndex.Anadolu], Ids(seeds.Search("ميامي NOT بيزيميني")));
        Assert.Equal([SeedIndex.Anadolu], Ids(seeds.Search("ميامي -بيزيميني")));
    }

    [Fact]
    public void Title_field_search_only_looks_at_titles()
    {
        Assert.Equal([SeedIndex.Anadolu], Ids(seeds.Search("title:لقاء")));
    }

    [Fact]
    public void A_title_match_ranks_above_a_body_only_match()
    {
        var results = seeds.Search("لقاء OR بيزيميني");
        Assert.Equal(SeedIndex.Anadolu, results.Hits[0].Article.Id);
    }

    [Fact]
    public void Snippets_show_the_original_surface_text()
    {
        var hit = seeds.Search("الأميركية").Hits.Single(h => h.Article.Id == SeedIndex.Asharq);
        Assert.All(hit.Snippets, s => Assert.Contains(s.Text, hit.Article.Body));
        Assert.Contains(hit.Snippets, s => SnippetFormat.Brackets.Render(s).Contains("⟦الأميركية⟧"));
    }

    [Fact]
    public void Paging_returns_the_requested_slice()
    {
        var all = seeds.Search("ميامي");
        var second = seeds.Searcher.Search(new Core.Searching.SearchRequest("ميامي") { PageSize = 1, Page = 2 });
        Assert.Equal(2, second.TotalHits);
        Assert.Equal(2, second.Hits.Single().Rank);
        Assert.Equal(all.Hits[1].Article.Id, second.Hits.Single().Article.Id);
    }

    [Theory]
    [InlineData("\"ستيف ويتكوف")]
    [InlineData("AND")]
    [InlineData("(ميامي")]
    [InlineData("")]
    public void A_malformed_query_gives_a_clear_one_line_error(string query)
    {
        var error = Assert.Throws<Core.Searching.QuerySyntaxException>(() => seeds.Search(query));
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
