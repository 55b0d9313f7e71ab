namespace NewsSearch.Core.People;

/// <summary>
/// The people list's mentions at one commit of the index (<see cref="Reader"/>): each person's total, by id, and
/// for each article with any, the people it names (most mentions first).
/// </summary>
public sealed record ListedMentions(
    Lucene.Net.Index.IndexReader Reader, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, IReadOnlyList<PersonCount>> ByArticle)
{
    public IReadOnlyList<PersonCount> In(string articleId) => ByArticle.GetValueOrDefault(articleId) ?? [];

    /// <summary>
    /// By person id, the articles that write the person's name but where no mention counts, which a <c>person:</c>
    /// search leaves out (<see cref="MentionSearcher.ArticlesNotCounted"/>): found by the same mention searches.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> NotCounted { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();
}
