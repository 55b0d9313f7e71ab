namespace NewsSearch.Cluster.Shards;

/// <summary>
/// The statistics of the whole cluster: the sum of every answering shard's, so that each shard scores as one index
/// holding all the articles would. A sum with an unknown (-1) part is unknown.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GlobalStatistics([property: Id(0)] long MaxDoc, [property: Id(1)] Dictionary<string, FieldStat> Fields,
    [property: Id(2)] Dictionary<string, TermStat> Terms, [property: Id(3)] long NumDocs)
{
    public static GlobalStatistics Sum(IReadOnlyCollection<ShardStatistics> shards)
    {
        var fields = new Dictionary<string, FieldStat>(StringComparer.Ordinal);
        foreach (var field in shards.SelectMany(s => s.Fields))
            fields[field.Field] = fields.TryGetValue(field.Field, out var sum)
                ? new FieldStat(field.Field, Add(sum.DocCount, field.DocCount),
                    Add(sum.SumTotalTermFreq, field.SumTotalTermFreq), Add(sum.SumDocFreq, field.SumDocFreq))
                : field;
        var terms = new Dictionary<string, TermStat>(StringComparer.Ordinal);
        foreach (var term in shards.SelectMany(s => s.Terms))
            terms[term.Key] = terms.TryGetValue(term.Key, out var sum)
                ? sum with { DocFreq = sum.DocFreq + term.DocFreq, TotalTermFreq = Add(sum.TotalTermFreq, term.TotalTermFreq) }
                : term;
        return new GlobalStatistics(shards.Sum(s => s.MaxDoc), fields, terms, shards.Sum(s => s.NumDocs));
    }

    private static long Add(long a, long b) => a < 0 || b < 0 ? -1 : a + b;
}
