namespace NewsSearch.Core.Searching;

/// <summary>An exact form close to a word as typed, in one field, and how many articles hold it there.</summary>
internal sealed record NearForm(string Field, string Term, int DocFreq);
