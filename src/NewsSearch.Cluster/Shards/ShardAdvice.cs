using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's part of the search help's facts (Core's <see cref="IndexArticles"/> over its own articles): the
/// coordinator adds the shards' parts and chooses with Core's <c>SearchAdvisor</c>, as one index would.
/// </summary>
internal sealed class ShardAdvice(NewsIndex index)
{
    public List<string> SourceNames() => index.Searcher.Use(s => new IndexArticles(s).SourceNames());

    /// <summary>Articles within the filter naming a person in any of these forms (each a sequence of exact words).</summary>
    public int ArticlesNaming(string[][] forms, SearchFilter filter) => index.Searcher.Use(s =>
        new IndexArticles(s).ArticlesNaming(new PersonForms("", null, forms), filter));

    public List<int> ArticlesWith(string[] forms) => index.Searcher.Use(s => new IndexArticles(s).ArticlesWith(forms));

    public List<FormSample> WrittenSamples(string[] forms) =>
        index.Searcher.Use(s => new IndexArticles(s).WrittenSamples(forms));

    public List<NearForm> NearForms(string form, double tolerance) =>
        index.Searcher.Use(s => new IndexArticles(s).NearForms(form, tolerance));
}
