using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>The outlets an index holds (<c>newssearch sources</c>, <c>/api/sources</c>), read from the doc values.</summary>
internal static class SourceList
{
    public static IReadOnlyList<SourceInfo> Read(IndexReader reader)
    {
        var tally = new Dictionary<string, (int Articles, long? First, long? Last)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            if (atomic.GetSortedDocValues(IndexSchema.Source) is not { } sources) continue;
            var published = atomic.GetNumericDocValues(IndexSchema.Published);
            var dated = atomic.GetDocsWithField(IndexSchema.Published);
            var live = atomic.LiveDocs;
            var names = new string?[sources.ValueCount];
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var ord = sources.GetOrd(doc);
                if (ord < 0) continue;
                var name = names[ord] ??= Name(sources, ord);
                var (articles, first, last) = tally.GetValueOrDefault(name);
                long? millis = published is not null && dated?.Get(doc) == true ? published.Get(doc) : null;
                tally[name] = (articles + 1, Min(first, millis), Max(last, millis));
            }
        }
        return BiggestFirst(tally.Select(t => new SourceInfo(t.Key, t.Value.Articles, Day(t.Value.First), Day(t.Value.Last))));
    }

    /// <summary>Outlets as the index lists them: most articles first, then by name.</summary>
    internal static IReadOnlyList<SourceInfo> BiggestFirst(IEnumerable<SourceInfo> sources) =>
        sources.OrderByDescending(s => s.Articles).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The outlets closest in spelling to a name the index does not hold (case aside), nearest first, then the
    /// biggest; by the <see cref="SpellingDistance"/> the variant finder uses.
    /// </summary>
    public static IReadOnlyList<SourceInfo> Closest(IReadOnlyList<SourceInfo> sources, string name, int max = 3)
    {
        var wanted = name.Trim().ToLowerInvariant();
        return sources
            .Select(s => (Source: s, Distance: SpellingDistance.Between(wanted, s.Name.ToLowerInvariant())))
            .OrderBy(s => s.Distance).ThenByDescending(s => s.Source.Articles)
            .Take(max).Select(s => s.Source).ToList();
    }

    private static string Name(SortedDocValues sources, int ord)
    {
        var term = new BytesRef();
        sources.LookupOrd(ord, term);
        return term.Utf8ToString();
    }

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
    private static DateOnly? Day(long? millis) =>
        millis is { } ms ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime) : null;
}
