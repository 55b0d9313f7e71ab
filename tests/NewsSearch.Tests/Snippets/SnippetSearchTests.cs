using System.Text.Json;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;
using static NewsSearch.Tests.Snippets.SnippetAssert;

namespace NewsSearch.Tests.Snippets;

/// <summary>Snippets as NewsSearcher returns them for a page of hits.</summary>
public sealed class SnippetSearchTests(SnippetIndex index) : IClassFixture<SnippetIndex>
{
    [Fact]
    public void A_body_with_a_script_tag_is_escaped_in_html()
    {
        var hit = index.Hit("هيغسيث", SnippetIndex.Script.Id);

        var html = SnippetFormat.Html.Render(Assert.Single(hit.Snippets));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        Assert.Contains("<mark>هيغسيث</mark> &amp; شركاه &quot;وصلوا&quot;.", html);
    }

    [Fact]
    public void The_dot_of_a_number_does_not_end_the_passage()
    {
        var hit = index.Hit("التضخم", SnippetIndex.Numbers.Id);

        Assert.Equal("ارتفع معدل ⟦التضخم⟧ إلى 2.5 في المئة خلال الربع الأول بحسب البنك المركزي.", Rendered(hit));
    }

    [Fact]
    public void A_title_only_hit_gets_the_lead_unmarked()
    {
        var hit = index.Hit("الجولان", SnippetIndex.TitleOnly.Id);

        var lead = Assert.Single(hit.Snippets);
        Assert.Equal(SnippetIndex.TitleOnly.Body, lead.Text);
        Assert.Equal(0, lead.Start);
        Assert.Empty(lead.Marks);
    }

    [Fact]
    public void A_hit_gets_one_to_three_passages_in_document_order()
    {
        var hit = index.Hit("ويتكوف", SnippetIndex.Seed);

        Assert.InRange(hit.Snippets.Count, 1, 3);
        Assert.Equal(hit.Snippets.OrderBy(s => s.Start), hit.Snippets);
        Assert.All(hit.Snippets, s => Assert.Equal(hit.Article.Body.Substring(s.Start, s.Text.Length), s.Text));
    }

    [Fact]
    public void Json_output_carries_mark_offsets_into_the_stored_body()
    {
        var request = new SearchRequest("\"وزارة الخارجية\"");
        var results = index.Searcher.Search(request);
        var body = results.Hits.Single().Article.Body;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(SearchJson.From(request, results), JsonOutput.Options));

        var marks = json.RootElement.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray()
            .SelectMany(s => s.GetProperty("marks").EnumerateArray())
            .Select(m => body.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32()));
        Assert.Equal(["وزارة", "الخارجية", "وزارة", "الخارجية"], marks);
    }
}
