using NewsSearch.Core.Analysis;
using NewsSearch.Core.People;

namespace NewsSearch.Tests.Analysis;

/// <summary>Protected names come from the people list, kept there only; the files hold places and people not on it.</summary>
public sealed class ProtectedWordsTests
{
    private static readonly NewsAnalyzer Analyzer = new();

    /// <summary>Every Arabic word of a listed person's Arabic name, aliases and first names.</summary>
    public static TheoryData<string, string> PeopleWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var person in PeopleList.Shipped.People)
            foreach (var word in person.Aliases.Concat(person.FirstNames).Prepend(person.NameAr)
                         .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(ArabicAffixes.IsArabic).Distinct())
                data.Add(person.Id, word);
        return data;
    }

    [Theory]
    [MemberData(nameof(PeopleWords))]
    public void Every_word_of_a_persons_names_is_protected(string person, string word)
    {
        Assert.True(ProtectedWords.Default.Contains(word), $"{person}: {word} is not protected");
        // Protected: found whole behind a clitic, never stemmed (كيري is not cut to كير, nor وظريف to ظريف's stem).
        Assert.Equal(Tokens.Single(new ExactFormAnalyzer(), word), Tokens.Single(Analyzer, "و" + word));
    }

    [Theory]
    [MemberData(nameof(PeopleWords))]
    public void No_word_of_a_persons_names_is_kept_twice(string person, string word)
    {
        var files = WordsAndStems.From(WordsAndStems.ResourceLines(ProtectedWords.ResourcePrefix));
        Assert.False(files.Contains(word), $"{person}: {word} is on the people list; take it out of Resources/protected/");
    }

    [Fact]
    public void The_files_still_protect_places_and_people_not_on_the_list()
    {
        foreach (var word in new[] { "ميامي", "واشنطن", "إيران", "زيلينسكي", "نتنياهو" })
            Assert.True(ProtectedWords.Default.Contains(word), word);
    }
}
