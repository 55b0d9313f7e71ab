using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// The articles a search ran over, as <see cref="SearchAdvisor"/> reads them: one index (<see cref="IndexArticles"/>),
/// or every shard of a cluster added up. Each answer is a sum over articles, so a cluster's shards give their parts and
/// the coordinator adds them; the advisor's choice rule is then the same for both.
/// </summary>
internal interface ISearchedArticles
{
    /// <summary>Every outlet name some article is from, as indexed.</summary>
    Task<IReadOnlyCollection<string>> SourceNamesAsync();

    /// <summary>Every outlet with its articles and the days they span.</summary>
    Task<IReadOnlyList<SourceInfo>> SourcesAsync();

    /// <summary>Articles within the filter that name the person in any of <paramref name="person"/>'s forms.</summary>
    Task<int> ArticlesNamingAsync(PersonForms person, SearchFilter filter);

    /// <summary>For each exact form, the articles whose title or body holds it.</summary>
    Task<IReadOnlyList<int>> ArticlesWithAsync(IReadOnlyList<string> forms);

    /// <summary>For each exact form, the word outlets write for it most (<see cref="WrittenForms.MostWritten"/>) and the
    /// articles whose title or body holds it (as <see cref="ArticlesWithAsync"/> counts them).</summary>
    Task<IReadOnlyList<(string Written, int Articles)>> WrittenFormsAsync(IReadOnlyList<string> forms);

    /// <summary>
    /// The exact forms of the titles' and bodies' vocabulary (other than <paramref name="form"/>) within
    /// <paramref name="tolerance"/> of it by <see cref="SpellingDistance"/>, each with its document frequency per field
    /// (a cluster's shards each list their own; the same form and field may come once per shard).
    /// </summary>
    Task<IReadOnlyList<NearForm>> NearFormsAsync(string form, double tolerance);
}
