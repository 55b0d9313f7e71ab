namespace NewsSearch.Core.Searching;

/// <param name="Word">The word as typed.</param>
/// <param name="Suggestion">An exact form from the index's own vocabulary, as outlets write it most (مؤتمر, not the
/// index's مءتمر).</param>
/// <param name="Articles">Articles that hold the suggested form (anywhere in the index).</param>
/// <param name="Query">The whole query with the word replaced by the suggestion.</param>
public sealed record SpellingSuggestion(string Word, string Suggestion, int Articles, string Query);
