using NewsSearch.Tests.Support;
using System.Diagnostics;
using System.Text.Json;

namespace NewsSearch.Tests.People;

/// <summary>The CLI commands end to end, each run as its own process on the shared seed index.</summary>
[Collection(SeedIndexCollection.Name)]
public sealed class PeopleCommandsTests(SeedIndex seeds)
{
    [Fact]
    public void Mentions_json_groups_by_article_with_counts_and_a_total()
    {
        var (code, output, _) = Run("mentions", "Witkoff", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(7, json.GetProperty("total").GetInt32());
        Assert.True(json.GetProperty("in_people_list").GetBoolean());
        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal([(SeedIndex.Asharq, 4), (SeedIndex.Anadolu, 3)],
            articles.Select(a => (a.GetProperty("id").GetString(), a.GetProperty("count").GetInt32())));
        var first = articles[0].GetProperty("mentions")[0];
        Assert.Equal("ستيف ويتكوف", first.GetProperty("surface").GetString());
        var sentence = first.GetProperty("sentence");
        var at = first.GetProperty("start").GetInt32() - sentence.GetProperty("start").GetInt32();
        Assert.Equal("ستيف ويتكوف", sentence.GetProperty("text").GetString()!.Substring(at, "ستيف ويتكوف".Length));
    }

    [Fact]
    public void Mentions_text_lists_every_mention_with_offsets_and_a_marked_sentence()
    {
        var (code, output, _) = Run("mentions", "هناتوف");
        var at = SeedIndex.Body(SeedIndex.Asharq).IndexOf("أندريه هناتوف", StringComparison.Ordinal);

        Assert.Equal(0, code);
        Assert.Contains("4 mentions in 2 articles", output);
        Assert.Contains($"body {at}-{at + "أندريه هناتوف".Length}  أندريه هناتوف", output);
        Assert.Contains("⟦وغناتوف⟧", output);
    }

    [Fact]
    public void Mentions_of_a_name_not_on_the_list_says_it_fell_back()
    {
        var (code, output, _) = Run("mentions", "جاريد");

        Assert.Equal(0, code);
        Assert.Contains("\"جاريد\" is not on the people list", output);
        Assert.Contains("4 mentions in 2 articles", output);
    }

    [Fact]
    public void A_malformed_people_file_is_refused_with_one_line_and_exit_code_2()
    {
        var file = Path.Combine(Path.GetTempPath(), "people-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "{ \"people\": [\n  { \"id\": \"x\", \"name_en\": \"X\" \"name_ar\": \"س\" }\n] }");
        try
        {
            var (code, output, error) = Run("mentions", "putin", "--people", file);

            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.StartsWith($"error: people file {file}, line 2: ", error);
            Assert.Single(error.Trim().Split('\n'));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Variants_lists_other_spellings_with_counts_and_an_example()
    {
        var (code, output, _) = Run("variants", "هناتوف");

        Assert.Equal(0, code);
        Assert.Contains("غناتوف  distance 0.5 from هناتوف  ×2 in 1 article", output);
        Assert.Contains("أندريه ⟦غناتوف⟧", output);
    }

    [Fact]
    public void Search_understands_person_queries()
    {
        var (code, output, _) = Run("search", "person:kushner موسكو", "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(SeedIndex.Asharq, json.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "newssearch.dll"), "--index", seeds.Path, .. args])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
