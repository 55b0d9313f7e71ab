using System.Text.Json;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary>
/// <c>search --json</c> is machine output: every snippet's text is exactly the body from start for length, and
/// every mark indexes both the body and (shifted by start) the text. Checked for every snippet every word of the
/// seeds, of texts shaped like the shared corpus (guillemets, quotes, entities decoded, emoji), and of a sample of the
/// shared corpus copied in (Fixtures/saudinewsnet-sample.jsonl) can produce.
/// </summary>
public sealed class SearchJsonTests
{
    /// <summary>Shaped like saudinewsnet: «» quotation, straight and curly quotes, a surrogate pair, several sentences.</summary>
    private static readonly Article[] CorpusLike =
    [
        new("q1", "ظريف يقيم مأدبة", "وقال إن هذه «ظروف» مؤلمة. وأضاف ظريف في «مؤتمر صحفي» أن “الاتفاق” نهائي 😀 وأن \"المفاوضات\" انتهت."),
        new("q2", "وزارة الخارجية", "أعلنت وزارة الخارجية أمس أن الوزير سيزور «وزارة الخارجية» الفرنسية، وقالت وزارة الخارجية إن الزيارة تستمر يومين " +
                                   "وتشمل لقاءات مع مسؤولين في وزارة الخارجية ووزارة الدفاع ورئاسة الوزراء والبرلمان ومجلس الشيوخ والجمعية الوطنية."),
        new("q3", "", "بالصور // “ظريف” يقيم مأدبة غداء لنظيره.\nوحضر المأدبة عدد من السفراء."),
    ];

    /// <summary>39 SaudiNewsNet articles copied in, raw as the feeds wrote them (Fixtures/README.md).</summary>
    private static Article[] SharedCorpusSample() =>
        ArticleReader.Read([Path.Combine(AppContext.BaseDirectory, "Fixtures", "saudinewsnet-sample.jsonl")])
            .Select(outcome => outcome.Article ?? throw new InvalidDataException(outcome.Skipped?.Reason)).ToArray();

    public static TheoryData<string> Corpora => ["seeds", "corpus-like", "saudinewsnet-sample"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_snippet_text_is_the_body_from_start_for_length_and_every_mark_indexes_it(string corpus)
    {
        var articles = corpus switch { "seeds" => SeedIndex.SeedArticles().ToArray(), "corpus-like" => CorpusLike, _ => SharedCorpusSample() };
        using var temp = TempIndex.Of(articles);
        var searcher = new NewsSearcher(temp.Index);
        var bodies = articles.ToDictionary(a => a.Id, a => a.Body);
        // Every word of the small texts; of the sample, each article's first twenty (its every snippet shape, in seconds).
        var words = articles.SelectMany(a => a.Body.Split([' ', '\n', '.', '،', '«', '»', '"', '“', '”', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.All(char.IsLetter)).Distinct().Take(corpus == "saudinewsnet-sample" ? 20 : int.MaxValue))
            .Distinct().ToList();
        var snippets = 0;
        foreach (var word in words.Append("\"وزارة الخارجية\""))
        {
            var results = searcher.Search(new SearchRequest(word) { PageSize = SearchRequest.MaxPageSize });
            var json = JsonSerializer.Serialize(SearchJson.From(new SearchRequest(word), results), JsonOutput.Options);
            foreach (var hit in JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray())
            foreach (var snippet in hit.GetProperty("snippets").EnumerateArray())
            {
                var body = bodies[hit.GetProperty("id").GetString()!];
                var text = snippet.GetProperty("text").GetString()!;
                var start = snippet.GetProperty("start").GetInt32();
                Assert.Equal(body.Substring(start, snippet.GetProperty("length").GetInt32()), text);
                if (snippet.GetProperty("cut_before").GetBoolean()) Assert.True(start > 0);
                if (snippet.GetProperty("cut_after").GetBoolean()) Assert.True(start + text.Length < body.Length);
                Assert.DoesNotContain(SnippetFormat.OpenMark, text, StringComparison.Ordinal);
                foreach (var mark in snippet.GetProperty("marks").EnumerateArray())
                {
                    var (at, length) = (mark.GetProperty("start").GetInt32(), mark.GetProperty("length").GetInt32());
                    Assert.Equal(body.Substring(at, length), text.Substring(at - start, length));
                    Assert.True(char.IsLetterOrDigit(text[at - start]), $"mark at {at} for {word} starts on '{text[at - start]}'");
                }
                snippets++;
            }
        }
        Assert.True(snippets >= words.Count, $"{snippets} snippets for {words.Count} words");
    }

    [Fact]
    public void The_redirected_marks_cannot_be_mistaken_for_the_guillemets_outlets_quote_with()
    {
        var snippet = new Snippet("وقال إن هذه «ظروف» مؤلمة", 0, [new Mark(13, 4)], CutBefore: false, CutAfter: true);

        Assert.Equal("وقال إن هذه «⟦ظروف⟧» مؤلمة…", SnippetFormat.Brackets.Render(snippet));
        Assert.Equal("وقال إن هذه «ظروف» مؤلمة…", SnippetFormat.Plain.Render(snippet));
    }
}
