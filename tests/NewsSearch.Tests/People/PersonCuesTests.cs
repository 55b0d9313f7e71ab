using NewsSearch.Core.People;

namespace NewsSearch.Tests.People;

public sealed class PersonCuesTests
{
    private static readonly PersonCues Kushner = PersonCues.Of(PeopleList.Shipped.People.Single(p => p.Id == "kushner"));

    [Theory]
    [InlineData("وقال مسؤول في البيت الأبيض إن", 3, "البيت الأبيض")]
    [InlineData("وقال مسؤول في والبيت الأبيض إن", 3, "البيت الأبيض")]
    [InlineData("وأكدت إيفانكا ذلك", 1, "إيفانكا")]
    [InlineData("ولإيفانكا رأي", 0, "إيفانكا")]
    public void A_context_phrase_starts_at_its_first_word_even_behind_a_clitic(string text, int at, string cue)
    {
        Assert.Equal(cue, Kushner.ContextAt(NameForms.Tokens(text), at)?.Text);
    }

    [Theory]
    [InlineData("في البيت الكبير", 1)]
    [InlineData("في البيت", 1)]
    [InlineData("قال مسؤول", 0)]
    public void Only_a_whole_phrase_is_context(string text, int at)
    {
        Assert.Null(Kushner.ContextAt(NameForms.Tokens(text), at));
    }
}
