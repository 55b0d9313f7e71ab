namespace NewsSearch.Core.Searching;

/// <summary>
/// What to try when a search finds nothing or only a few articles (<see cref="SearchAdvisor"/>): never a dead end.
/// Every list is empty, and every value null, when there is nothing to say.
/// </summary>
public sealed record SearchHelp
{
    public static readonly SearchHelp None = new();

    /// <summary>A word of the query names someone on the people list: search every spelling of them instead.</summary>
    public IReadOnlyList<PersonSuggestion> People { get; init; } = [];
    /// <summary>Close spellings of a rare or absent word that the index holds more often, nearest first.</summary>
    public IReadOnlyList<SpellingSuggestion> Spellings { get; init; } = [];
    /// <summary>Outlets asked for that the index does not hold, each with the closest it does.</summary>
    public IReadOnlyList<UnknownSource> UnknownSources { get; init; } = [];
    /// <summary>The query's words are all stop words, too common to search (empty otherwise).</summary>
    public IReadOnlyList<string> StopWords { get; init; } = [];
    /// <summary>The page asked for is past the end: the last page that has hits.</summary>
    public int? LastPage { get; init; }

    public bool IsEmpty =>
        People.Count == 0 && Spellings.Count == 0 && UnknownSources.Count == 0 && StopWords.Count == 0 && LastPage is null;
}
