using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record VariantJson(string Term, string Prefix, string Target, double Distance, long Count, int Articles, bool Known,
    string? ExampleArticle, SnippetJson? Example)
{
    public static VariantJson From(Variant v) =>
        new(v.Term, v.Prefix, v.Target, v.Distance, v.Count, v.Articles, v.Known, v.Example?.ArticleId,
            v.Example is { } e ? SnippetJson.From(e.Sentence) : null);
}
