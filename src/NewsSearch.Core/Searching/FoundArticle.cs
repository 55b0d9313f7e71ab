using NewsSearch.Core.Articles;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>One article, the marks of the query asked (null without one), and the listed people it names.</summary>
public sealed record FoundArticle(Article Article, ArticleMarks? Marks, IReadOnlyList<PersonCount> People)
{
    /// <summary>
    /// The article from one index (or a cluster's shard), where <paramref name="query"/> matched in it (none without a
    /// query, or when it does not parse) and whom it names; null when no article has the id.
    /// </summary>
    public static async Task<FoundArticle?> FindAsync(NewsSearcher searcher, MentionSearcher mentions, string id, string? query) =>
        searcher.ArticleWithMarks(id, query) is var (article, marks)
            ? new FoundArticle(article, marks, (await mentions.LatestListedMentionsAsync()).In(id))
            : null;
}
