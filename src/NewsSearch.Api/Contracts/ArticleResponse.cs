using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Contracts;

/// <summary>The body of <c>GET /api/articles/{id}</c>: the stored article, text exactly as published.</summary>
public sealed record ArticleResponse(string Id, string Title, string Body, string? Source, DateTimeOffset? Published,
    string? PublishedText, string? Url, string? Abstract)
{
    public static ArticleResponse From(Article article) =>
        new(article.Id, article.Title, article.Body, article.Source, article.Published, article.PublishedText,
            article.Url, article.Abstract);
}
