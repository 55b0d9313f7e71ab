namespace NewsSearch.Core.Searching;

/// <param name="Word">The word as typed.</param>
/// <param name="Query">The whole query to run instead (the word replaced by <c>person:ID</c>).</param>
/// <param name="Articles">Articles the person query finds within the same filters.</param>
public sealed record PersonSuggestion(string Word, string PersonId, string Name, string Query, int Articles);
