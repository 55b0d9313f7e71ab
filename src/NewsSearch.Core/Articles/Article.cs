namespace NewsSearch.Core.Articles;

/// <summary>One news article as read from a feed or a folder, text exactly as published.</summary>
public sealed record Article(string Id, string Title, string Body)
{
    public string? Source { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The date as the publisher wrote it, kept even when it does not parse.</summary>
    public string? PublishedText { get; init; }
    public string? Url { get; init; }
    public string? Abstract { get; init; }
}
