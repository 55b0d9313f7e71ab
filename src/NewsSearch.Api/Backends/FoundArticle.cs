using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Backends;

/// <summary>One article, the marks of the query asked (null without one), and the listed people it names.</summary>
public sealed record FoundArticle(Article Article, ArticleMarks? Marks, IReadOnlyList<PersonCount> People);
