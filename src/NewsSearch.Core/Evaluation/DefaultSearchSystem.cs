using NewsSearch.Core.Searching;

namespace NewsSearch.Core.Evaluation;

/// <summary>
/// What a user gets from <c>newssearch search</c> and the API: the query language (all words required, then
/// articles with some of them), ranked by <see cref="NewsSearcher"/>. A query the syntax refuses, or that runs out of time, finds nothing.
/// </summary>
public sealed record DefaultSearchSystem(string Name = "newssearch search") : RetrievalSystem(Name)
{
    /// <summary>Ranks the articles with all the words (<see cref="NewsSearcher.AllWordsRanking"/>).</summary>
    public Ranking? AllWordsRanking { get; init; } = NewsSearcher.DefaultAllWordsRanking;

    /// <summary>A word matches its verb's other tenses (<see cref="NewsQueryParser"/>); false to measure without.</summary>
    public bool JoinsVerbTenses { get; init; } = true;
}
