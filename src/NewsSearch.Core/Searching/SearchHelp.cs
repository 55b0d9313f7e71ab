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

    public bool IsEmpty => People.Count == 0 && Spellings.Count == 0 && UnknownSources.Count == 0 && StopWords.Count == 0 && LastPage is null;
}

/// <param name="Word">The word as typed.</param>
/// <param name="Query">The whole query to run instead (the word replaced by <c>person:ID</c>).</param>
/// <param name="Articles">Articles the person query finds within the same filters.</param>
public sealed record PersonSuggestion(string Word, string PersonId, string Name, string Query, int Articles);

/// <param name="Word">The word as typed.</param>
/// <param name="Suggestion">An exact form from the index's own vocabulary.</param>
/// <param name="Articles">Articles that hold the suggested form (anywhere in the index).</param>
/// <param name="Query">The whole query with the word replaced.</param>
public sealed record SpellingSuggestion(string Word, string Suggestion, int Articles, string Query);

/// <param name="Closest">The index's outlets closest in spelling, with their counts and date ranges.</param>
public sealed record UnknownSource(string Name, IReadOnlyList<SourceInfo> Closest);
