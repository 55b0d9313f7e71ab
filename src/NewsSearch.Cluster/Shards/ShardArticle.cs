using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>A shard's article, the marks of the query asked, and the listed people it names (most mentions first).</summary>
internal sealed record ShardArticle(Article Article, ArticleMarks? Marks, IReadOnlyList<PersonMentions> People);
