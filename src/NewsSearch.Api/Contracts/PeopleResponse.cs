using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Api.Contracts;

/// <summary>One entry of <c>GET /api/people</c>: who the person is and how often the index mentions them.</summary>
public sealed record PersonResponse(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases, int Mentions)
{
    public static PersonResponse From(Person person, int mentions) =>
        new(person.Id, person.NameEn, person.NameAr, person.Role, person.Aliases, mentions);
}

/// <summary>
/// The body of <c>GET /api/mentions</c>: one page of the counted mentions (confirmed or likely) grouped by article,
/// and the timeline of every counted mention per day and per source; then, apart and never counted, the
/// <see cref="Doubtful"/> mentions (a bare surname with no evidence either way) and the <see cref="Excluded"/> ones
/// (someone or something else), all of them, each mention with its resolution and reason; <see cref="AlsoWritten"/>
/// lists spellings of the surname the people list lacks that name the person (not counted). <see cref="Person"/> is
/// null, and <see cref="InPeopleList"/> false, for a name not on the list, which is searched in its own forms.
/// </summary>
/// <param name="Total">Every mention, on all pages.</param>
/// <param name="ArticleCount">Every article with a mention, on all pages.</param>
/// <param name="Articles">The articles of page <paramref name="Page"/>, <paramref name="Size"/> a page, oldest first.</param>
public sealed record MentionsResponse(string Name, PersonResponse? Person, bool InPeopleList, IReadOnlyList<string> Forms, int Total,
    int ArticleCount, int Page, int Size, IReadOnlyList<ArticleMentionsResponse> Articles, MentionTimeline Timeline,
    IReadOnlyList<ArticleMentionsResponse> Doubtful, IReadOnlyList<ArticleMentionsResponse> Excluded, IReadOnlyList<OtherSpelling> AlsoWritten)
{
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static MentionsResponse From(MentionReport report, int page, int size) =>
        new(report.Person.Name, report.Person.Person is { } p ? PersonResponse.From(p, report.Total) : null,
            report.Person.InPeopleList, report.Person.FormTexts, report.Total, report.Articles.Count, page, size,
            All(report.Articles.Skip((page - 1) * size).Take(size)), MentionTimeline.From(report),
            All(report.Doubtful), All(report.Excluded), report.AlsoWritten);

    private static List<ArticleMentionsResponse> All(IEnumerable<ArticleMentions> articles) => articles.Select(ArticleMentionsResponse.From).ToList();
}

public sealed record ArticleMentionsResponse(string Id, string Title, string? Source, DateTimeOffset? Published, string? PublishedText,
    int Count, IReadOnlyList<MentionResponse> Mentions)
{
    public static ArticleMentionsResponse From(ArticleMentions article) =>
        new(article.Id, article.Title, article.Source, article.Published, article.PublishedText, article.Count,
            article.Mentions.Select(MentionResponse.From).ToList())
        { LeadForTitle = article.Headline.IsLead ? article.Headline.Text : null };

    /// <summary>The article has no title: its lead sentence, to show marked as such in the title's place (absent when it has one).</summary>
    public string? LeadForTitle { get; init; }
}

/// <summary>
/// One mention: the surface form as written, its offsets (UTF-16 code units) in the stored <see cref="Field"/>,
/// its sentence, both as HTML-safe text with the name in &lt;mark&gt; and as text with offsets, and whether it is
/// the person: <see cref="Resolution"/> is confirmed, likely, doubtful or other, <see cref="Reason"/> says why.
/// </summary>
public sealed record MentionResponse(string Field, string Surface, int Start, int End, SnippetResponse Sentence, string Resolution, string Reason)
{
    public static MentionResponse From(Mention mention) =>
        new(mention.Field, mention.Surface, mention.Start, mention.End, SnippetResponse.From(mention.Sentence), mention.Resolution.Name(), mention.Reason);
}
