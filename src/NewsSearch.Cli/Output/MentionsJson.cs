using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

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

    private static List<ArticleMentionsJson> All(IEnumerable<ArticleMentions> articles) => articles.Select(ArticleMentionsJson.From).ToList();
}

public sealed record PersonJson(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases)
{
    public static PersonJson? From(Person? person) =>
        person is null ? null : new(person.Id, person.NameEn, person.NameAr, person.Role, person.Aliases);
}

public sealed record ArticleMentionsJson(
    string Id, string Title, DateTimeOffset? Published, string? PublishedText, int Count, IReadOnlyList<MentionJson> Mentions)
{
    public static ArticleMentionsJson From(ArticleMentions article) =>
        new(article.Id, article.Title, article.Published, article.PublishedText, article.Count,
            article.Mentions.Select(MentionJson.From).ToList()) { LeadForTitle = article.Headline.IsLead ? article.Headline.Text : null };

    /// <summary>The article has no title: its lead sentence, to show in the title's place (absent when it has one).</summary>
    public string? LeadForTitle { get; init; }
}

public sealed record MentionJson(string Field, string Surface, int Start, int End, SnippetJson Sentence, string Resolution, string Reason)
{
    public static MentionJson From(Mention mention) =>
        new(mention.Field, mention.Surface, mention.Start, mention.End, SnippetJson.From(mention.Sentence), mention.Resolution.Name(), mention.Reason);
}

public sealed record VariantsJson(string Name, PersonJson? Person, IReadOnlyList<string> Targets, IReadOnlyList<VariantJson> Variants)
{
    public static VariantsJson From(VariantReport report) =>
        new(report.Person.Name, PersonJson.From(report.Person.Person), report.Targets, report.Variants.Select(VariantJson.From).ToList());
}

public sealed record VariantJson(string Term, string Prefix, string Target, double Distance, long Count, int Articles, bool Known,
    string? ExampleArticle, SnippetJson? Example)
{
    public static VariantJson From(Variant v) =>
        new(v.Term, v.Prefix, v.Target, v.Distance, v.Count, v.Articles, v.Known, v.Example?.ArticleId,
            v.Example is { } e ? SnippetJson.From(e.Sentence) : null);
}
