using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary><see cref="NewsSearcher.StepEnded"/> reports each step a search takes, in order: what the benchmark's profile splits.</summary>
public sealed class SearchStepTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("both", "", "وصل المبعوث ويتكوف إلى موسكو للقاء الرئيس."),
        new Article("one", "", "قال ويتكوف إن المحادثات كانت مثمرة."),
        new Article("other", "", "أعلنت وزارة الصحة حملة تطعيم في جدة."));

    private List<SearchStep> Steps(string query)
    {
        var steps = new List<SearchStep>();
        new NewsSearcher(index.Index) { StepEnded = steps.Add }.Search(new SearchRequest(query));
        return steps;
    }

    [Fact]
    public void A_search_whose_page_is_filled_with_some_of_the_words_reports_both_parts_and_the_help()
    {
        Assert.Equal(
            [SearchStep.Parse, SearchStep.AllWords, SearchStep.AllWordsPage, SearchStep.SomeWords, SearchStep.SomeWordsPage, SearchStep.Help],
            Steps("ويتكوف موسكو"));
    }

    [Fact]
    public void A_search_of_one_word_reports_no_some_words_step()
    {
        Assert.Equal([SearchStep.Parse, SearchStep.AllWords, SearchStep.AllWordsPage, SearchStep.Help], Steps("ويتكوف"));
    }

    public void Dispose() => index.Dispose();
}
