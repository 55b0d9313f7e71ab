using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Counts every collected article per source and per UTC day from doc values, in the same pass as the
/// hits (combine with <see cref="MultiCollector"/>). Source ordinals are counted per segment and
/// turned into names once per segment, so collecting a document costs two array reads.
/// </summary>
public sealed class ArticleCountCollector : ICollector
{
    private const long MillisPerDay = 86_400_000;

    private readonly Dictionary<string, int> bySource = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> byDay = [];
    private SortedDocValues? sources;
    private int[] perOrdinal = [];
    private NumericDocValues? published;
    private IBits? hasDate;
    private int total, undated, withoutSource;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var reader = context.AtomicReader;
        sources = reader.GetSortedDocValues(IndexSchema.Source);
        perOrdinal = sources is null ? [] : new int[sources.ValueCount];
        published = reader.GetNumericDocValues(IndexSchema.Published);
        hasDate = reader.GetDocsWithField(IndexSchema.Published);
    }

    public void Collect(int doc)
    {
        total++;
        var ordinal = sources?.GetOrd(doc) ?? -1;
        if (ordinal >= 0) perOrdinal[ordinal]++;
        else withoutSource++;
        if (published is null || hasDate is null || !hasDate.Get(doc)) undated++;
        else
        {
            var day = Math.DivRem(published.Get(doc), MillisPerDay, out var rest) - (rest < 0 ? 1 : 0);
            byDay[day] = byDay.GetValueOrDefault(day) + 1;
        }
    }

    /// <summary>The counts of everything collected so far.</summary>
    public ArticleCounts ToCounts()
    {
        FlushSegment();
        var perSource = bySource.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new SourceCount(p.Key, p.Value)).ToList();
        var perDay = byDay.OrderBy(p => p.Key)
            .Select(p => new DayCount(DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + (int)p.Key), p.Value))
            .ToList();
        return new ArticleCounts(total, perSource, perDay, undated, withoutSource);
    }

    private void FlushSegment()
    {
        if (sources is null) return;
        var name = new BytesRef();
        for (var ordinal = 0; ordinal < perOrdinal.Length; ordinal++)
        {
            if (perOrdinal[ordinal] == 0) continue;
            sources.LookupOrd(ordinal, name);
            var key = name.Utf8ToString();
            bySource[key] = bySource.GetValueOrDefault(key) + perOrdinal[ordinal];
        }
        sources = null;
        perOrdinal = [];
    }
}
