using NewsSearch.Core.Indexing;
using static NewsSearch.Tests.Snippets.SnippetAssert;

namespace NewsSearch.Tests.Snippets;

public sealed class MatchFinderTests(SnippetIndex index) : IClassFixture<SnippetIndex>
{
    private string SeedBody => index.Hit("ويتكوف", SnippetIndex.Seed).Article.Body;

    [Fact]
    public void Phrase_marks_exactly_its_occurrences_and_not_a_lone_word_elsewhere()
    {
        var body = SeedBody;
        var lone = body.IndexOf("وأضافت الخارجية", StringComparison.Ordinal) + "وأضافت ".Length;
        Assert.True(lone > "وأضافت ".Length, "the seed has a lone الخارجية");

        var matches = index.Matches("\"وزارة الخارجية\"", SnippetIndex.Seed);

        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal(["وزارة", "الخارجية"], m.Tokens.Select(t => body.Substring(t.Start, t.Length))));
        Assert.DoesNotContain(matches.SelectMany(m => m.Tokens), t => t.Start == lone);
    }

    [Fact]
    public void Phrase_hit_shows_both_occurrences_marked_and_the_lone_word_unmarked()
    {
        var hit = index.Hit("\"وزارة الخارجية\"", SnippetIndex.Seed);

        Assert.Equal(["وزارة", "الخارجية", "وزارة", "الخارجية"], MarkedWords(hit));
        Assert.Equal(2, Rendered(hit).Split("⟦وزارة الخارجية⟧").Length - 1);
        Assert.DoesNotContain("⟦الخارجية⟧", Rendered(hit));
    }

    [Fact]
    public void Phrase_over_a_removed_stop_word_marks_its_own_words_only()
    {
        var body = SeedBody;

        var matches = index.Matches("\"الحرب مع روسيا\"", SnippetIndex.Seed);

        var match = Assert.Single(matches);
        Assert.Equal(["الحرب", "روسيا"], match.Tokens.Select(t => body.Substring(t.Start, t.Length)));
        Assert.Equal("الحرب مع روسيا", body[match.Start..match.End]);
    }

    [Fact]
    public void Sloppy_phrase_marks_the_words_of_each_near_occurrence()
    {
        var body = SeedBody;

        var matches = index.Matches("\"ويتكوف كوشنر\"~2", SnippetIndex.Seed);

        Assert.Contains(matches, m => body[m.Start..m.End] == "ويتكوف وجاريد كوشنر" && m.Tokens.Count == 2);
        Assert.Contains(matches, m => body[m.Start..m.End] == "ويتكوف وكوشنر");
        Assert.DoesNotContain(matches, m => body[m.Start..m.End].Contains("ستيف"));
    }

    [Fact]
    public void Marks_are_whole_tokens_from_index_offsets()
    {
        var body = SeedBody;
        var matches = index.Matches("ويتكوف", SnippetIndex.Seed);

        Assert.NotEmpty(matches);
        Assert.All(matches.SelectMany(m => m.Tokens), t =>
        {
            Assert.True(t.Start == 0 || !char.IsLetter(body[t.Start - 1]), "mark starts inside a word");
            Assert.True(t.End == body.Length || !char.IsLetter(body[t.End]), "mark ends inside a word");
        });
    }

    [Fact]
    public void Clitic_form_is_marked_whole_when_the_query_gives_the_bare_name()
    {
        var hit = index.Hit("ويتكوف", SnippetIndex.Seed);
        var body = hit.Article.Body;
        var clitic = body.IndexOf("وويتكوف", StringComparison.Ordinal);

        var matches = index.Matches("ويتكوف", SnippetIndex.Seed);

        Assert.Contains(matches.SelectMany(m => m.Tokens), t => t.Start == clitic && t.Length == "وويتكوف".Length);
    }

    [Fact]
    public void Body_and_exact_body_matches_of_the_same_token_count_once()
    {
        var both = index.Matches("ويتكوف body_exact:ويتكوف", SnippetIndex.Seed);
        var stemmedOnly = index.Matches("ويتكوف", SnippetIndex.Seed, IndexSchema.Body);

        Assert.Equal(stemmedOnly.Select(m => m.Start), both.Select(m => m.Start));
        var hit = index.Hit("ويتكوف body_exact:ويتكوف", SnippetIndex.Seed);
        Assert.All(hit.Snippets, s => Assert.Equal(s.Marks.Distinct().Count(), s.Marks.Count));
    }

    [Fact]
    public void Exact_body_field_alone_is_marked()
    {
        var hit = index.Hit("body_exact:ويتكوف", SnippetIndex.Seed);

        Assert.NotEmpty(MarkedWords(hit));
        Assert.All(MarkedWords(hit), w => Assert.Equal("ويتكوف", w));
    }

    [Fact]
    public void Prefix_marks_the_words_it_matched()
    {
        Assert.Equal(["ترامب"], MarkedWords(index.Hit("ترا*", SnippetIndex.Leaders.Id)));
    }

    [Fact]
    public void Wildcard_marks_the_words_it_matched()
    {
        Assert.Equal(["ترمب"], MarkedWords(index.Hit("تر?ب", SnippetIndex.Leaders.Id)));
    }

    [Fact]
    public void Fuzzy_marks_every_spelling_it_matched()
    {
        Assert.Equal(["ترامب", "ترمب"], MarkedWords(index.Hit("ترامب~1", SnippetIndex.Leaders.Id)));
    }

    [Fact]
    public void Or_marks_each_alternative_present()
    {
        Assert.Equal(["ترمب", "بوتين"], MarkedWords(index.Hit("ترمب OR بوتين", SnippetIndex.Leaders.Id)));
    }

    [Fact]
    public void Not_terms_are_never_marked_even_when_present_in_the_hit()
    {
        var hit = index.Hit("بوتين OR (المحادثات -ترمب)", SnippetIndex.Leaders.Id);

        Assert.Contains("ترمب", hit.Article.Body);
        Assert.DoesNotContain("ترمب", MarkedWords(hit));
        Assert.Contains("بوتين", MarkedWords(hit));
    }

    [Fact]
    public void Prefix_expanding_to_hundreds_of_terms_still_marks_the_hits_own_term()
    {
        Assert.Equal(["فريدة", "zeta9999"], MarkedWords(index.Hit("zeta* فريدة", SnippetIndex.LateTerm.Id)));
    }

    [Fact]
    public void Matches_at_the_very_first_and_last_character_of_the_body()
    {
        var body = SnippetIndex.Edges.Body;
        var hit = index.Hit("زيلينسكي", SnippetIndex.Edges.Id);
        var marks = hit.Snippets.SelectMany(s => s.Marks).ToList();

        Assert.Contains(marks, m => m.Start == 0);
        Assert.Contains(marks, m => m.End == body.Length);
        Assert.StartsWith("⟦زيلينسكي⟧", Rendered(hit));
        Assert.EndsWith("⟦زيلينسكي⟧", Rendered(hit));
    }
}
