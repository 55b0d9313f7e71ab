namespace NewsSearch.Core.People;

/// <summary>A spelling of the surname the people list lacks, and in how many articles it names the person.</summary>
public sealed record OtherSpelling(string Spelling, int Articles);
