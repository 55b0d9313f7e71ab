using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Snippets;

public sealed class SnippetBuilderTests
{
    /// <summary>One single-token match for every occurrence of each word, as MatchFinder would give.</summary>
    private static List<Match> MatchesOf(string text, params string[] words) =>
        [.. words
            .SelectMany(w => Occurrences(text, w).Select(at => new Match(w, 1f, [new Mark(at, w.Length)])))
            .OrderBy(m => m.Start)];

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length])))
                yield return at;
    }

    private static string Words(int count, string word = "كلمة") => string.Join(' ', Enumerable.Repeat(word, count));

    [Fact]
    public void A_sentence_without_a_match_is_never_chosen_over_one_with_a_match()
    {
        var text = $"{Words(5)} في البداية. {Words(30)} طويلة بلا شيء. وهنا ذكر ويتكوف. {Words(3)} في النهاية.";

        var snippets = SnippetBuilder.Build(text, MatchesOf(text, "ويتكوف"));

        var snippet = Assert.Single(snippets);
        Assert.Equal("وهنا ذكر ويتكوف.", snippet.Text);
    }

    [Fact]
    public void Best_passages_are_shown_in_document_order_and_at_most_the_limit()
    {
        var text = "ذكر ألف مرة. ذكر باء مرة. ذكر ألف ثم باء معا. جملة بلا شيء. ألف ثانية ثم باء ثانية هنا.";
        var matches = MatchesOf(text, "ألف", "باء");

        var two = SnippetBuilder.Build(text, matches, new SnippetOptions { MaxPassages = 2 });

        Assert.Equal(["ذكر ألف ثم باء معا.", "ألف ثانية ثم باء ثانية هنا."], two.Select(s => s.Text));
        Assert.Equal(3, SnippetBuilder.Build(text, matches).Count);
    }

    [Fact]
    public void A_repeated_sentence_is_shown_once()
    {
        var text = "إنه السعودي المحتفل. إنه السعودي المحتفل. وقال السعودي كلاما آخر طويلا بعض الشيء.";

        var snippets = SnippetBuilder.Build(text, MatchesOf(text, "السعودي"));

        Assert.Equal(["إنه السعودي المحتفل.", "وقال السعودي كلاما آخر طويلا بعض الشيء."], snippets.Select(s => s.Text));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_word_boundaries_around_the_most_matches()
    {
        var text = $"{Words(30)} ألف {Words(30)} ألف باء ألف {Words(30)}.";

        var snippet = Assert.Single(SnippetBuilder.Build(text, MatchesOf(text, "ألف", "باء"), new SnippetOptions { MaxChars = 80 }));

        Assert.Contains("ألف باء ألف", snippet.Text);
        Assert.Equal(3, snippet.Marks.Count);
        Assert.True(snippet.Text.Length <= 80, $"{snippet.Text.Length} chars");
        Assert.True(snippet.CutBefore && snippet.CutAfter);
        Assert.Equal(text.Substring(snippet.Start, snippet.Text.Length), snippet.Text);
    }

    [Fact]
    public void Passages_never_split_a_word()
    {
        var random = new Random(7);
        string[] vocabulary = ["ويتكوف", "وزارة", "الخارجية", "في", "2.5", "“تقدّم”", "(موسكو)", "،", "كوشنر.", "المفاوضات؟"];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 120)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            var matches = MatchesOf(text, "ويتكوف", "كوشنر");
            var options = new SnippetOptions { MaxChars = random.Next(5, 120), MaxPassages = random.Next(1, 4) };

            foreach (var snippet in SnippetBuilder.Build(text, matches, options))
            {
                Assert.False(snippet.Start > 0 && IsWordChar(text[snippet.Start - 1]) && IsWordChar(text[snippet.Start]), $"split at {snippet.Start}: {text}");
                Assert.False(snippet.End < text.Length && IsWordChar(text[snippet.End - 1]) && IsWordChar(text[snippet.End]), $"split at {snippet.End}: {text}");
                Assert.Equal(snippet.Text.Trim(), snippet.Text);
                Assert.All(snippet.Marks, m => Assert.True(m.Start >= snippet.Start && m.End <= snippet.End));
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    [Fact]
    public void Every_match_in_a_chosen_passage_is_marked_whole()
    {
        var text = "ويتكوف قال إن ويتكوف سيعود.";

        var snippet = Assert.Single(SnippetBuilder.Build(text, MatchesOf(text, "ويتكوف")));

        Assert.Equal([new Mark(0, 6), new Mark(14, 6)], snippet.Marks);
    }

    [Fact]
    public void Without_matches_the_lead_is_shown_unmarked()
    {
        var text = "الجملة الأولى. والثانية. " + Words(60) + ".";

        var lead = Assert.Single(SnippetBuilder.Build(text, []));

        Assert.Equal("الجملة الأولى. والثانية.", lead.Text);
        Assert.Empty(lead.Marks);
        Assert.False(lead.CutBefore);
    }

    [Fact]
    public void A_long_first_sentence_as_lead_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = Words(100) + ".";

        var lead = Assert.Single(SnippetBuilder.Build(text, [], new SnippetOptions { MaxChars = 50 }));

        Assert.True(lead.Text.Length <= 50);
        Assert.True(lead.CutAfter);
        Assert.Equal(' ', text[lead.End]);
    }

    [Fact]
    public void Empty_text_gives_no_snippet()
    {
        Assert.Empty(SnippetBuilder.Build("", []));
    }
}
