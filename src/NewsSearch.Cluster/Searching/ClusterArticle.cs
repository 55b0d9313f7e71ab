using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>One article of the cluster, the marks of the query asked (null without one), and the listed people it names.</summary>
public sealed record ClusterArticle(Article Article, ArticleMarks? Marks, IReadOnlyList<PersonCount> People);
