using NewsSearch.Core.People;

namespace NewsSearch.Api.Contracts;

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
    IReadOnlyList<ArticleMentionsResponse> Doubtful, IReadOnlyList<ArticleMentionsResponse> Excluded,
    IReadOnlyList<OtherSpelling> AlsoWritten)
{
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static MentionsResponse From(MentionReport report, int page, int size) =>
        new(report.Person.Name, report.Person.Person is { } p ? PersonResponse.From(p, report.Total) : null,
            report.Person.InPeopleList, report.Person.FormTexts, report.Total, report.Articles.Count, page, size,
            All(report.Articles.Skip((page - 1) * size).Take(size)), MentionTimeline.From(report),
            All(report.Doubtful), All(report.Excluded), report.AlsoWritten);

    private static List<ArticleMentionsResponse> All(IEnumerable<ArticleMentions> articles) =>
        articles.Select(ArticleMentionsResponse.From).ToList();
}
