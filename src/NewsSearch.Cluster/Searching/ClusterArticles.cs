using System.Text.Json;
using NewsSearch.Cluster.Shards;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// A cluster's articles as Core's <c>SearchAdvisor</c> reads them: every fact asked of every shard at once and added
/// up, so the search help is the one index's over the same articles. A shard that does not answer joins the search's
/// <paramref name="missing"/> shards.
/// </summary>
internal sealed class ClusterArticles(ShardCalls calls, HashSet<int> missing) : ISearchedArticles
{
    public async Task<IReadOnlyCollection<string>> SourceNamesAsync() =>
        [.. (await AllAsync<List<string>>(shard => shard.SourceNames())).SelectMany(n => n).Distinct()];

    public async Task<IReadOnlyList<SourceInfo>> SourcesAsync() =>
        ClusterFacts.SourcesSum(await AllAsync<List<SourceInfo>>(shard => shard.Sources()));

    public async Task<int> ArticlesNamingAsync(PersonForms person, SearchFilter filter)
    {
        string[][] forms = [.. person.Forms.Select(f => f.ToArray())];
        var json = JsonSerializer.Serialize(filter);
        return (await AllAsync<int>(shard => shard.ArticlesNaming(forms, json))).Sum();
    }

    public async Task<IReadOnlyList<int>> ArticlesWithAsync(IReadOnlyList<string> forms)
    {
        if (forms.Count == 0) return [];
        var parts = await AllAsync<List<int>>(shard => shard.ArticlesWith([.. forms]));
        return [.. forms.Select((_, i) => parts.Sum(p => p[i]))];
    }

    /// <summary>Each shard's newest articles holding the form, the cluster's newest of them read as one index reads its
    /// own; the shards' articles added up.</summary>
    public async Task<IReadOnlyList<(string Written, int Articles)>> WrittenFormsAsync(IReadOnlyList<string> forms)
    {
        if (forms.Count == 0) return [];
        var parts = await AllAsync<List<FormSample>>(shard => shard.WrittenSamples([.. forms]));
        return [.. forms.Select((form, i) =>
            (WrittenForms.MostWritten(form, parts.SelectMany(p => p[i].Newest)), parts.Sum(p => p[i].Articles)))];
    }

    public async Task<IReadOnlyList<NearForm>> NearFormsAsync(string form, double tolerance) =>
        [.. (await AllAsync<List<NearForm>>(shard => shard.NearForms(form, tolerance))).SelectMany(n => n)];

    private Task<List<T>> AllAsync<T>(Func<IShardGrain, Task<ShardAnswer>> ask) => calls.AllParts<T>(missing, ask);
}
