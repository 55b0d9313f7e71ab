namespace NewsSearch.Core.People;

/// <summary>Mentions, and the articles they are in, on one UTC day or in one outlet.</summary>
public sealed record MentionCount(string Key, int Mentions, int Articles);
