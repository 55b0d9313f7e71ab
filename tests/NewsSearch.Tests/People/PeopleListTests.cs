using NewsSearch.Tests.Support;
using System.Text;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

public sealed class PeopleListTests
{
    private const string Valid = """
        {
          "people": [
            { "id": "zelensky", "name_en": "Volodymyr Zelensky", "name_ar": "فولوديمير زيلينسكي", "role": "President of Ukraine",
              "aliases": ["زيلينسكي", "زيلينسكى"] }
          ]
        }
        """;

    [Theory]
    [InlineData("witkoff"), InlineData("kushner"), InlineData("umerov"), InlineData("hnatov")]
    [InlineData("putin"), InlineData("trump"), InlineData("ushakov"), InlineData("zarif"), InlineData("kerry")]
    public void The_shipped_list_names_the_negotiators_of_the_seeds_and_zarif(string id) =>
        Assert.Contains(PeopleList.Shipped.People, p => p.Id == id);

    [Theory]
    [InlineData("umerov", "عمروف"), InlineData("umerov", "عميروف"), InlineData("umerov", "أوميروف")]
    [InlineData("hnatov", "هناتوف"), InlineData("hnatov", "غناتوف"), InlineData("zarif", "ظريف")]
    [InlineData("putin", "Vladimir Putin"), InlineData("ushakov", "يوري أوشاكوف"), InlineData("trump", "TRUMP")]
    [InlineData("witkoff", "لويتكوف"), InlineData("kushner", "وجاريد كوشنر"), InlineData("zarif", "Zarīf")]
    public void Finds_a_person_by_any_spelling(string id, string name) =>
        Assert.Equal(id, PeopleList.Shipped.Find(name)?.Id);

    [Fact]
    public void Finds_nobody_for_a_name_not_on_the_list() => Assert.Null(PeopleList.Shipped.Find("زيلينسكي"));

    [Fact]
    public void A_user_file_adds_people_to_the_shipped_list()
    {
        using var file = new TempFile(Valid);

        var people = PeopleList.Load(file.Path);

        Assert.Equal("zelensky", people.Find("زيلينسكي")?.Id);
        Assert.Equal("witkoff", people.Find("ويتكوف")?.Id);
    }

    [Fact]
    public void A_user_entry_with_a_shipped_id_replaces_the_shipped_entry()
    {
        using var file = new TempFile("""
            { "people": [ { "id": "hnatov", "name_en": "Andrii Hnatov", "name_ar": "أندري هناتوف", "aliases": ["جناتوف"] } ] }
            """);

        var people = PeopleList.Load(file.Path);

        Assert.Equal("hnatov", people.Find("جناتوف")?.Id);
        Assert.Null(people.Find("غناتوف"));
        Assert.Single(people.People, p => p.Id == "hnatov");
    }

    [Fact]
    public void A_name_shared_by_two_people_is_refused_as_ambiguous()
    {
        using var file = new TempFile("""
            { "people": [ { "id": "other-putin", "name_en": "Igor Putin", "name_ar": "إيغور بوتين", "aliases": ["بوتين", "Putin"] } ] }
            """);
        var people = PeopleList.Load(file.Path);

        var error = Assert.Throws<PeopleException>(() => people.Find("بوتين"));

        Assert.Contains("other-putin", error.Message);
        Assert.Equal("putin", people.Find("Vladimir Putin")?.Id);
        Assert.Equal("putin", people.Find("putin")?.Id);
        Assert.Equal("other-putin", people.Find("Other-Putin")?.Id);
    }

    [Theory]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\" \"name_ar\": \"س\" }\n] }", 2, "invalid")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\",\n    \"name_en\": \"X\" }\n] }", 3, "name_ar")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"alias\": [\"y\"] }\n] }", 3, "alias")]
    [InlineData("{ \"people\": [\n  { \"id\": \"Bad Id\", \"name_en\": \"X\", \"name_ar\": \"س\" }\n] }", 2, "\"id\" must be")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\", \"aliases\": [\"ـ!\"] }\n] }", 2, "no letters")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": null }\n] }", 2, "name_ar")]
    [InlineData("{ \"people\": [\n { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\" },\n { \"id\": \"x\", \"name_en\": \"Y\", \"name_ar\": \"ص\" }\n] }", 3, "given twice")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\", \"first_names\": [\"!!\"] }\n] }", 2, "a first name of \"x\" has no letters")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"roles\": \"وزير\" }\n] }", 3, "roles")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\", \"context\": [\"«»\"] }\n] }", 2, "a context word of \"x\" has no letters")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"common_word\": \"yes\" }\n] }", 3, "common_word")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"namesakes\": [ { \"name\": \"Y\" } ] }\n] }", 3, "the namesake \"Y\" has no \"first_names\", \"next_words\" or \"roles\"")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"namesakes\": [ { \"first_names\": [\"ب\"] } ] }\n] }", 3, "\"name\" is missing")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"namesakes\": [ { \"name\": \"Y\", \"first_name\": [\"ب\"] } ] }\n] }", 3, "first_name")]
    [InlineData("{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\", \"name_ar\": \"س\",\n    \"namesakes\": [ { \"name\": \"Y\", \"next_words\": [\"-\"] } ] }\n] }", 3, "a next word of the namesake \"Y\" has no letters")]
    [InlineData("[\n  { \"id\": \"x\" }\n]", 1, "")]
    [InlineData("{ \"people\": [\n", 2, "")]
    public void A_malformed_file_is_refused_with_file_line_and_problem(string json, int line, string problem)
    {
        using var file = new TempFile(json);

        var error = Assert.Throws<PeopleFileException>(() => PeopleList.Load(file.Path));

        Assert.Equal(file.Path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"people file {file.Path}, line {line}: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_user_file_gives_a_person_first_names_roles_context_namesakes_and_a_common_word()
    {
        using var file = new TempFile("""
            { "people": [ { "id": "lavrov", "name_en": "Sergey Lavrov", "name_ar": "سيرغي لافروف", "aliases": ["لافروف"],
                "first_names": ["سيرغي", "سيرجي"], "roles": ["وزير الخارجية الروسي"], "context": ["موسكو"], "common_word": true,
                "namesakes": [ { "name": "Anton Lavrov", "first_names": ["أنطون"], "next_words": ["الابن"], "roles": ["الصحفي"] } ] } ] }
            """);

        var lavrov = PeopleList.Load(file.Path).Find("lavrov")!;

        Assert.Equal(["سيرغي", "سيرجي"], lavrov.FirstNames);
        Assert.Equal(["وزير الخارجية الروسي"], lavrov.Roles);
        Assert.Equal(["موسكو"], lavrov.Context);
        Assert.True(lavrov.CommonWord);
        var namesake = Assert.Single(lavrov.Namesakes);
        Assert.Equal("Anton Lavrov", namesake.Name);
        Assert.Equal(["أنطون"], namesake.FirstNames);
        Assert.Equal(["الابن"], namesake.NextWords);
        Assert.Equal(["الصحفي"], namesake.Roles);
    }

    [Fact]
    public void Every_shipped_person_has_first_names_and_role_cues() =>
        Assert.All(PeopleList.Shipped.People, p => Assert.True(p.FirstNames.Count > 0 && p.Roles.Count > 0, p.Id));

    [Fact]
    public void A_missing_file_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-people-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<PeopleFileException>(() => PeopleList.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Null(error.Line);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string text)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "people-" + Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(Path, text, new UTF8Encoding(false));
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
