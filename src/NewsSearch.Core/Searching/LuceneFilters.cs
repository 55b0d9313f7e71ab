using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Turns a <see cref="SearchFilter"/> into a Lucene <see cref="Filter"/>: it only narrows the matching
/// documents and never changes their scores.
/// </summary>
public static class LuceneFilters
{
    private const long MillisPerDay = 86_400_000;

    /// <summary>The filter for one reader (sources are looked up in its term dictionary), or null for none.</summary>
    public static Filter? For(SearchFilter filter, IndexReader reader)
    {
        List<Filter> parts = [];
        if (filter.Sources.Count > 0) parts.Add(Sources(filter.Sources, reader));
        if (filter.HasDateRange) parts.Add(PublishedBetween(filter.From, filter.To));
        return AllOf(parts);
    }

    /// <summary>The articles the filter's sources allow that have no date: what a date range leaves out.</summary>
    public static Filter Undated(SearchFilter filter, IndexReader reader)
    {
        var undated = new FieldValueFilter(IndexSchema.Published, negate: true);
        return For(filter with { From = null, To = null }, reader) is { } sources ? AllOf([sources, undated])! : undated;
    }

    /// <summary>
    /// Sources are indexed as the feed spelled them; the few distinct names are matched here
    /// case-insensitively against the term dictionary, so no second, lower-cased field is needed.
    /// </summary>
    private static Filter Sources(IReadOnlyList<string> wanted, IndexReader reader)
    {
        var names = new HashSet<string>(wanted.Select(w => w.Trim()), StringComparer.OrdinalIgnoreCase);
        var terms = new List<BytesRef>(names.Select(n => new BytesRef(n)));
        var indexed = MultiFields.GetTerms(reader, IndexSchema.Source)?.GetEnumerator();
        while (indexed is not null && indexed.MoveNext())
            if (names.Contains(indexed.Term.Utf8ToString())) terms.Add(BytesRef.DeepCopyOf(indexed.Term));
        return new TermsFilter(IndexSchema.Source, terms);
    }

    private static Filter PublishedBetween(DateOnly? from, DateOnly? to) =>
        NumericRangeFilter.NewInt64Range(IndexSchema.Published, StartMillis(from), to is { } last ? StartMillis(last) + MillisPerDay : null,
            minInclusive: true, maxInclusive: false);

    private static long? StartMillis(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() : null;

    private static Filter? AllOf(IReadOnlyList<Filter> parts)
    {
        if (parts.Count <= 1) return parts.FirstOrDefault();
        var all = new BooleanFilter();
        foreach (var part in parts) all.Add(new FilterClause(part, Occur.MUST));
        return all;
    }
}
