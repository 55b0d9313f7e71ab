using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

[Collection(SeedIndexCollection.Name)]
public sealed class MentionFinderTests(SeedIndex seeds)
{
    [Theory]
    [InlineData("witkoff", 7, 4, 3)]
    [InlineData("kushner", 7, 4, 3)]
    [InlineData("umerov", 6, 2, 4)]
    [InlineData("hnatov", 4, 1, 3)]
    [InlineData("putin", 2, 2, 0)]
    [InlineData("trump", 3, 0, 3)]
    [InlineData("ushakov", 1, 1, 0)]
    public void Counts_every_mention_of_each_negotiator_in_the_seeds(string id, int total, int inFirst, int inSecond)
    {
        var report = Mentions(id);

        Assert.True(report.Person.InPeopleList);
        Assert.Equal(total, report.Total);
        Assert.Equal(inFirst, CountIn(report, SeedIndex.Asharq));
        Assert.Equal(inSecond, CountIn(report, SeedIndex.Anadolu));
    }

    [Fact]
    public void Hnatov_is_found_under_both_spellings_and_with_a_clitic()
    {
        var surfaces = Mentions("hnatov").Articles.SelectMany(a => a.Mentions).Select(m => m.Surface).ToList();

        Assert.Equal(["أندريه هناتوف", "أندريه غناتوف", "أندريه غناتوف", "وغناتوف"], surfaces);
    }

    [Fact]
    public void A_full_name_is_one_mention_and_clitic_forms_count()
    {
        var first = Mentions("witkoff").Articles.Single(a => a.Id == SeedIndex.Asharq);

        Assert.Equal(["ستيف ويتكوف", "ستيف ويتكوف", "ويتكوف", "وويتكوف"], first.Mentions.Select(m => m.Surface));
    }

    [Fact]
    public void A_clitic_on_the_first_name_keeps_the_full_name_as_one_mention()
    {
        var first = Mentions("kushner").Articles.Single(a => a.Id == SeedIndex.Asharq);

        Assert.Equal(["وجاريد كوشنر", "وكوشنر", "جاريد كوشنر", "كوشنر"], first.Mentions.Select(m => m.Surface));
    }

    [Theory]
    [InlineData("Witkoff")]
    [InlineData("WITKOFF")]
    [InlineData("Steve Witkoff")]
    [InlineData("ويتكوف")]
    [InlineData("وَيتْكُوف")]
    [InlineData("وويتكوف")]
    [InlineData("ستيف ويتكوف")]
    [InlineData("ستيـــف ويتكوف")]
    public void Any_alias_in_either_script_any_case_or_diacritics_names_the_same_person(string name)
    {
        var report = Mentions(name);

        Assert.Equal("witkoff", report.Person.Person?.Id);
        Assert.Equal(7, report.Total);
    }

    [Fact]
    public void Offsets_point_at_the_surface_form_in_the_stored_text_and_the_sentence_marks_it()
    {
        var searcher = new MentionSearcher(seeds.Index);
        var article = searcher.Mentions("umerov").Articles.Single(a => a.Id == SeedIndex.Anadolu);
        var body = SeedIndex.Body(SeedIndex.Anadolu);

        foreach (var mention in article.Mentions)
        {
            Assert.Equal("body", mention.Field);
            Assert.Equal(mention.Surface, body[mention.Start..mention.End]);
            var mark = Assert.Single(mention.Sentence.Marks);
            Assert.Equal((mention.Start, mention.End), (mark.Start, mark.End));
            Assert.Contains(mention.Surface, mention.Sentence.Text);
        }
    }

    [Fact]
    public void The_seed_titles_name_nobody_so_every_mention_is_in_a_body()
    {
        var all = PeopleList.Shipped.People.SelectMany(p => Mentions(p.Id).Articles).SelectMany(a => a.Mentions);

        Assert.All(all, m => Assert.Equal("body", m.Field));
    }

    [Fact]
    public void A_name_in_a_title_is_a_title_mention_listed_first()
    {
        using var index = TempIndex.Of(new Article("t1", "لقاء مع ويتكوف", "قال المبعوث الأمريكي ويتكوف إن المحادثات مفيدة."));
        var searcher = new MentionSearcher(index.Index);

        var article = Assert.Single(searcher.Mentions("witkoff").Articles);

        Assert.Equal([("title", "ويتكوف"), ("body", "ويتكوف")], article.Mentions.Select(m => (m.Field, m.Surface)));
    }

    [Fact]
    public void A_name_not_on_the_list_falls_back_to_its_own_forms_with_clitics()
    {
        var report = Mentions("جاريد");

        Assert.False(report.Person.InPeopleList);
        Assert.Null(report.Person.Person);
        Assert.Contains("وجاريد", report.Person.FormTexts);
        Assert.Equal(4, report.Total);
        Assert.Contains("وجاريد", report.Articles.SelectMany(a => a.Mentions).Select(m => m.Surface));
    }

    [Fact]
    public void An_unknown_name_with_no_mentions_gives_an_empty_report()
    {
        var report = Mentions("زيلينسكي");

        Assert.False(report.Person.InPeopleList);
        Assert.Equal(0, report.Total);
        Assert.Empty(report.Articles);
    }

    [Fact]
    public void A_report_serializes_to_json_as_an_api_would_return_it()
    {
        var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(Mentions("hnatov"))).RootElement;

        Assert.Equal(4, json.GetProperty("Total").GetInt32());
        Assert.Equal("وغناتوف", json.GetProperty("Articles")[1].GetProperty("Mentions")[2].GetProperty("Surface").GetString());
    }

    [Fact]
    public void A_name_without_letters_is_refused()
    {
        var searcher = new MentionSearcher(seeds.Index);

        var error = Assert.Throws<PeopleException>(() => searcher.Mentions("!!"));

        Assert.Contains("no letters", error.Message);
    }

    private MentionReport Mentions(string name)
    {
        var searcher = new MentionSearcher(seeds.Index);
        return searcher.Mentions(name);
    }

    private static int CountIn(MentionReport report, string id) => report.Articles.SingleOrDefault(a => a.Id == id)?.Count ?? 0;
}
