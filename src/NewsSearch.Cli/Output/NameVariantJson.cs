using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record NameVariantJson(string Term, string Prefix, string Target, double Distance, long Count, int Articles, bool Known,
    string? ExampleArticle, SnippetJson? Example)
{
    public static NameVariantJson From(NameVariant v) =>
        new(v.Term, v.Prefix, v.Target, v.Distance, v.Count, v.Articles, v.Known, v.Example?.ArticleId,
            v.Example is { } e ? SnippetJson.From(e.Sentence) : null);
}
