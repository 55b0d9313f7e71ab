using NewsSearch.Cli;
using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.People;

/// <summary>
/// Issue 17: a mention search has a budget like a search's. <c>person=في</c> gathered 68.7 MB of mentions and
/// <c>person=من</c> took 10 s; now such names are refused, and any search past its caps or time stops before it answers.
/// </summary>
public sealed class MentionBudgetTests : IDisposable
{
    private readonly TempIndex temp = TempIndex.Of(
        new Article("a1", "زيتون ويتكوف", string.Join(' ', Enumerable.Repeat("زيتون من في", 30)) + " قال المبعوث ستيف ويتكوف."),
        new Article("a2", "لقاء", "التقى ظريف بالمبعوث ويتكوف."));

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("من")]
    [InlineData("في")]
    [InlineData("ا~")]
    [InlineData("ab")]
    [InlineData("the")]
    [InlineData("من في")]
    public void A_stop_word_or_a_name_under_3_letters_is_refused(string name)
    {
        var e = Assert.Throws<PeopleException>(() => new MentionSearcher(temp.Index).Mentions(name));
        Assert.Equal($"\"{name}\" is too short or too common to search as a name: give a word of at least 3 letters that is not a stop word", e.Message);
    }

    [Theory]
    [InlineData("witkoff")]
    [InlineData("ويتكوف")]
    [InlineData("زيتون")]
    public void Listed_people_and_real_names_still_run(string name)
    {
        Assert.True(new MentionSearcher(temp.Index).Mentions(name).Articles.Count > 0);
    }

    [Fact]
    public void A_name_mentioned_more_often_than_the_cap_is_refused_while_gathering()
    {
        var mentions = new MentionSearcher(temp.Index) { Budget = new MentionBudget { MaxMentions = 30 } };
        var e = Assert.Throws<PeopleException>(() => mentions.Mentions("زيتون")); // 31: 30 in the body, 1 in the title
        Assert.Equal("\"زيتون\" is mentioned more than 30 times: too common to be one person's name; give a fuller name", e.Message);
        Assert.Equal("a1", Assert.Single(new MentionSearcher(temp.Index) { Budget = new MentionBudget { MaxMentions = 31 } }.Mentions("زيتون").Articles).Id);
    }

    [Fact]
    public void A_name_with_more_forms_than_the_cap_is_refused()
    {
        var mentions = new MentionSearcher(temp.Index) { Budget = new MentionBudget { MaxForms = 3 } };
        var e = Assert.Throws<PeopleException>(() => mentions.Mentions("زيتون"));
        Assert.StartsWith("\"زيتون\" has 12 forms to look up, more than 3", e.Message);
    }

    [Fact]
    public void A_mention_search_past_its_time_limit_stops_with_a_timeout_the_cli_reports_with_exit_3()
    {
        var mentions = new MentionSearcher(temp.Index) { Budget = new MentionBudget { TimeLimit = TimeSpan.FromSeconds(1), Clock = new HourPerReadingClock() } };
        var e = Assert.Throws<SearchTimeoutException>(() => mentions.Mentions("زيتون"));
        Assert.Equal("the mentions of \"زيتون\" took longer than 1 s to gather and the search was stopped; give a fuller name", e.Message);
        Assert.Equal(CliRunner.TimedOut, CliRunner.Guard(() => throw e));
    }

    [Fact]
    public void The_background_count_of_listed_people_has_no_cap()
    {
        var mentions = new MentionSearcher(temp.Index) { Budget = new MentionBudget { MaxMentions = 1, TimeLimit = TimeSpan.FromSeconds(1), Clock = new HourPerReadingClock() } };
        Assert.Equal(3, mentions.MentionCounts()["witkoff"]);
    }
}
