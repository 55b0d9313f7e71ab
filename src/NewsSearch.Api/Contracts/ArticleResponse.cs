using NewsSearch.Core.Articles;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

/// <summary>
/// The body of <c>GET /api/articles/{id}</c>: the stored article, text exactly as published; with <c>q</c>, where
/// the query matched in the title and body (UTF-16 offsets); and the listed people the article mentions.
/// </summary>
public sealed record ArticleResponse(string Id, string Title, string Body, string? Source, DateTimeOffset? Published,
    string? PublishedText, string? Url, string? Abstract)
{
    public IReadOnlyList<MarkResponse>? TitleMarks { get; init; }
    public IReadOnlyList<MarkResponse>? BodyMarks { get; init; }
    public IReadOnlyList<MentionedPersonResponse> People { get; init; } = [];
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static ArticleResponse From(Article article) =>
        new(article.Id, article.Title, article.Body, article.Source, article.Published, article.PublishedText,
            article.Url, article.Abstract) { LeadForTitle = Headline.LeadForTitle(article) };

    public ArticleResponse With(ArticleMarks? marks, IReadOnlyList<PersonCount> people) => this with
    {
        TitleMarks = marks?.Title.Select(m => new MarkResponse(m.Start, m.Length)).ToList(),
        BodyMarks = marks?.Body.Select(m => new MarkResponse(m.Start, m.Length)).ToList(),
        People = people.Select(p => new MentionedPersonResponse(p.Person.Id, p.Person.NameAr, p.Person.NameEn, p.Mentions)).ToList(),
    };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has
    /// one).</summary>
    public string? LeadForTitle { get; init; }
}
