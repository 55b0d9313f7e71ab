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
    /// By person id, the articles that name the person's surname only for someone else, which a <c>person:</c> search
    /// leaves out (<see cref="MentionSearcher.ArticlesNamingOnlyOthers"/>): found by the same mention searches.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> NamingOnlyOthers { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();
}
