namespace NewsSearch.Core.People;

/// <summary>A listed person and how many times one article (or the index) mentions them.</summary>
public sealed record PersonCount(Person Person, int Mentions);
