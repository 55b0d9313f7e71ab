using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

/// <summary>The shape of <c>mentions --json</c>: unmarked sentences plus every offset into the stored field.</summary>
/// <see cref="Articles"/> holds the counted mentions, <see cref="Doubtful"/> and <see cref="Excluded"/> the rest, each with its reason.
public sealed record MentionsJson(
    string Name, PersonJson? Person, bool InPeopleList, IReadOnlyList<string> Forms, int Total, IReadOnlyList<ArticleMentionsJson> Articles,
    IReadOnlyList<ArticleMentionsJson> Doubtful, IReadOnlyList<ArticleMentionsJson> Excluded, IReadOnlyList<OtherSpelling> AlsoWritten,
    bool WithVariants)
{
    public static MentionsJson From(MentionReport report) =>
        new(report.Person.Name, PersonJson.From(report.Person.Person), report.Person.InPeopleList, report.Person.FormTexts,
            report.Total, All(report.Articles), All(report.Doubtful), All(report.Excluded), report.AlsoWritten, report.WithVariants);

    /// <summary>A cluster's answer only: how many shards answered.</summary>
    public ShardsJson? Shards { get; init; }

    private static List<ArticleMentionsJson> All(IEnumerable<ArticleMentions> articles) =>
        articles.Select(ArticleMentionsJson.From).ToList();
}
