using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Tests.People;

[Collection(SeedIndexCollection.Name)]
public sealed class PersonQueryTests(SeedIndex seeds)
{
    [Theory]
    [InlineData("person:witkoff", new[] { SeedIndex.Asharq, SeedIndex.Anadolu })]
    [InlineData("person:ويتكوف", new[] { SeedIndex.Asharq, SeedIndex.Anadolu })]
    [InlineData("person:\"Steve Witkoff\"", new[] { SeedIndex.Asharq, SeedIndex.Anadolu })]
    [InlineData("person:trump", new[] { SeedIndex.Anadolu })]
    [InlineData("person:Putin", new[] { SeedIndex.Asharq })]
    [InlineData("person:kushner موسكو", new[] { SeedIndex.Asharq })]
    [InlineData("person:hnatov -person:putin", new[] { SeedIndex.Anadolu })]
    [InlineData("person:ushakov OR person:trump", new[] { SeedIndex.Asharq, SeedIndex.Anadolu })]
    [InlineData("person:زيلينسكي", new string[0])]
    public void Person_queries_find_the_articles_that_name_the_person(string query, string[] expected)
    {
        var results = Search(query);

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Article.Id).Order());
    }

    [Fact]
    public void Person_query_snippets_mark_the_name_as_written()
    {
        var hit = Search("person:hnatov").Hits.Single(h => h.Article.Id == SeedIndex.Anadolu);

        var marked = Marked(hit);

        Assert.Contains("غناتوف", marked);
        Assert.Contains("وغناتوف", marked);
    }

    [Fact]
    public void A_person_combined_with_a_word_marks_both()
    {
        var hit = Assert.Single(Search("person:kushner موسكو").Hits);

        var marked = Marked(hit);

        Assert.Contains("موسكو", marked);
        Assert.Contains(marked, m => m.EndsWith("جاريد"));
        Assert.Contains("كوشنر", marked);
    }

    [Fact]
    public void An_article_naming_the_person_more_often_ranks_higher()
    {
        using var index = TempIndex.Of(
            new Article("once", "خبر", "التقى الوفد ستيف ويتكوف في ميامي."),
            new Article("thrice", "خبر", "قال ستيف ويتكوف إن ويتكوف سيلتقي بوتين. وأكد ويتكوف ذلك."));
        var searcher = new NewsSearcher(index.Index);

        var hits = searcher.Search(new SearchRequest("person:witkoff")).Hits;

        Assert.Equal(["thrice", "once"], hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void Person_queries_use_the_given_people_list()
    {
        var file = Path.Combine(Path.GetTempPath(), "people-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "people": [ { "id": "rustem", "name_en": "Rustem Umerov", "name_ar": "رستم عمروف" } ] }""");
        try
        {
            var searcher = new NewsSearcher(seeds.Index, PeopleList.Load(file));
            Assert.Equal(2, searcher.Search(new SearchRequest("person:rustem")).TotalHits);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_person_without_letters_is_a_query_error()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Search("person:\"!!\""));

        Assert.Contains("no letters", error.Message);
    }

    [Fact]
    public void The_parser_builds_a_query_on_the_exact_fields_with_clitic_forms()
    {
        var query = new NewsQueryParser(IndexSchema.Analyzer).Parse("person:hnatov").ToString();

        Assert.Contains($"{IndexSchema.BodyExact}:وغناتوف", query);
        Assert.Contains($"{IndexSchema.TitleExact}:هناتوف", query);
        Assert.Contains($"{IndexSchema.BodyExact}:\"اندريه غناتوف\"", query);
    }

    private SearchResults Search(string query)
    {
        var searcher = new NewsSearcher(seeds.Index);
        return searcher.Search(new SearchRequest(query));
    }

    private static List<string> Marked(SearchHit hit) =>
        hit.Snippets.SelectMany(s => s.Marks.Select(m => hit.Article.Body[m.Start..m.End])).ToList();
}
