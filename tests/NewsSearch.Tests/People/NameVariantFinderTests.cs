using NewsSearch.Tests.Support;
using NewsSearch.Core.Articles;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

[Collection(SeedIndexCollection.Name)]
public sealed class NameVariantFinderTests(SeedIndex seeds)
{
    [Fact]
    public void Variants_of_hnatov_list_ghnatov_with_its_count_and_a_sentence()
    {
        var report = Variants("هناتوف");

        var ghnatov = Assert.Single(report.Variants, v => v.Term == "غناتوف");
        Assert.Equal(0.5, ghnatov.Distance);
        Assert.Equal(2, ghnatov.Count);
        Assert.Equal(1, ghnatov.Articles);
        Assert.True(ghnatov.Known);
        Assert.Equal(SeedIndex.Anadolu, ghnatov.Example?.ArticleId);
        var mark = Assert.Single(ghnatov.Example!.Sentence.Marks);
        Assert.Equal("غناتوف", SeedIndex.Body(SeedIndex.Anadolu)[mark.Start..mark.End]);
    }

    [Fact]
    public void A_clitic_form_is_listed_with_its_prefix()
    {
        var withClitic = Assert.Single(Variants("هناتوف").Variants, v => v.Term == "وغناتوف");

        Assert.Equal("و", withClitic.Prefix);
        Assert.Equal(0.5, withClitic.Distance);
    }

    [Fact]
    public void The_name_itself_comes_first_and_unrelated_words_are_left_out()
    {
        var terms = Variants("هناتوف").Variants.Select(v => v.Term).ToList();

        Assert.Equal("هناتوف", terms[0]);
        Assert.DoesNotContain("ناتو", terms);
        Assert.Equal(["هناتوف", "غناتوف", "وغناتوف"], terms);
    }

    [Fact]
    public void A_spelling_not_on_the_list_is_found_and_not_marked_known()
    {
        using var index = TempIndex.Of(new Article("a", "خبر", "وقال عميروف إن المحادثات مستمرة، وأكد أوميروف ذلك لاحقا."));
        var searcher = new MentionSearcher(index.Index);

        var report = searcher.Variants("عمروف");

        Assert.Contains(report.Variants, v => v.Term == "عميروف" && v.Known && v.Distance == 0.5);
        var unknown = new MentionSearcher(index.Index, PeopleListWithout());
        Assert.Contains(unknown.Variants("عمروف").Variants, v => v.Term == "عميروف" && !v.Known);
    }

    [Fact]
    public void A_latin_name_on_the_list_is_compared_through_its_arabic_spellings()
    {
        var report = Variants("Hnatov");

        Assert.Equal(["هناتوف", "غناتوف"], report.Targets);
        Assert.Contains(report.Variants, v => v.Term == "غناتوف" && v.Distance == 0);
    }

    [Fact]
    public void A_latin_name_not_on_the_list_is_refused_with_the_reason()
    {
        var searcher = new MentionSearcher(seeds.Index);

        var error = Assert.Throws<PeopleException>(() => searcher.Variants("Zelensky"));

        Assert.Contains("no Arabic word", error.Message);
    }

    [Fact]
    public void At_most_the_asked_number_of_variants_is_listed()
    {
        var searcher = new MentionSearcher(seeds.Index);

        Assert.Single(searcher.Variants("هناتوف", max: 1).Variants);
    }

    [Theory]
    [InlineData("هناتوف", "غناتوف", 0.5)]
    [InlineData("عمروف", "عميروف", 0.5)]
    [InlineData("ويتكوف", "ويتكوف", 0)]
    [InlineData("ترامب", "ترمب", 0.5)]
    [InlineData("هناتوف", "ناتو", 2)]
    [InlineData("كوشنر", "كوثر", 2)]
    [InlineData("سعيد", "صعيد", 0.5)]
    [InlineData("قيري", "كيري", 0.5)]
    [InlineData("ڤلاديمير", "فلاديمير", 0.5)]
    [InlineData("بوتين", "بوتن", 0.5)]
    [InlineData("كامل", "جامل", 1)]
    [InlineData("", "ابو", 2)]
    [InlineData("ابو", "", 2)]
    public void Spelling_distance_makes_transliteration_choices_cheap(string a, string b, double expected) =>
        Assert.Equal(expected, SpellingDistance.Between(a, b));

    private NameVariantReport Variants(string name)
    {
        var searcher = new MentionSearcher(seeds.Index);
        return searcher.Variants(name);
    }

    private static PeopleList PeopleListWithout()
    {
        var file = Path.Combine(Path.GetTempPath(), "people-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "people": [ { "id": "umerov", "name_en": "Umerov", "name_ar": "رستم عمروف" } ] }""");
        try { return PeopleList.Load(file); }
        finally { File.Delete(file); }
    }
}
