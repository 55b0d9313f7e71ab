using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>Where a query matched in one article: offsets (UTF-16 code units) into its stored title and body, in order.</summary>
public sealed record ArticleMarks(IReadOnlyList<Mark> Title, IReadOnlyList<Mark> Body);
