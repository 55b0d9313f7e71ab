using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>
/// A headline says يجتمع where its article says اجتمع: the article holds the word, so it is among the articles with
/// all the words (and counted in the header), with the verb marked; a noun of the same letters is not.
/// </summary>
public sealed class VerbTenseSearchTests : IDisposable
{
    private readonly TempIndex index = TempIndex.Of(
        new Article("met", "", "اجتمع الأمين العام بالمبعوث الأممي في الرياض أمس."),
        new Article("will-meet", "", "يجتمع المبعوث الأممي غدا بوفد من الحكومة."),
        new Article("secretary", "", "قال الأمين العام إن الوضع مستقر."),
        new Article("contract", "", "وقع النادي عقد اللاعب لموسمين."),
        new Article("signed", "", "عقدت اللجنة اجتماعها الأول أمس."));

    [Fact]
    public void An_article_with_the_verb_in_another_tense_holds_all_the_words()
    {
        var results = new NewsSearcher(index.Index).Search(new SearchRequest("الأمين يجتمع"));

        Assert.Equal(1, results.TotalHits);
        Assert.Equal("met", results.Hits[0].Article.Id);
        Assert.Equal(2, results.PartialFromRank);
        var hit = results.Hits[0];
        Assert.Contains(hit.Snippets.SelectMany(s => s.Marks), m => hit.Article.Body.Substring(m.Start, m.Length) == "اجتمع");
    }

    [Fact]
    public void With_the_tenses_apart_the_same_article_only_holds_some_of_the_words()
    {
        var results = new NewsSearcher(index.Index) { JoinsVerbTenses = false }.Search(new SearchRequest("الأمين يجتمع"));

        Assert.Equal(0, results.TotalHits);
        Assert.Equal(1, results.PartialFromRank);
    }

    [Fact]
    public void A_verb_does_not_find_a_noun_of_the_same_letters()
    {
        var results = new NewsSearcher(index.Index).Search(new SearchRequest("يعقد"));

        Assert.Equal(["signed"], results.Hits.Select(h => h.Article.Id));
    }

    public void Dispose() => index.Dispose();
}
