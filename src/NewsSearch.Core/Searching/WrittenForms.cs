using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Core.Searching;

/// <summary>
/// How outlets write an exact form: the index keeps it normalised (مءتمر, الحكومه), which is no word to show. The
/// words at the form's positions in the stored text (<see cref="WordOffsets"/>) of the <see cref="Sampled"/> most
/// recent articles holding it, and the one written most.
/// </summary>
internal static class WrittenForms
{
    /// <summary>Articles read per form: the newest first, then by id, so a cluster's shards sample as one index does.</summary>
    public const int Sampled = 5;

    private static readonly ISet<string> StoredText = new HashSet<string>(IndexSchema.ExactFromStored.Select(f => f.Stored));

    /// <summary>
    /// How many articles of this index hold <paramref name="form"/>, and the <see cref="Sampled"/> newest of them (the
    /// results' own newest-first order) with the words written for it.
    /// </summary>
    public static FormSample Sample(IndexSearcher searcher, string form)
    {
        var found = searcher.Search(IndexArticles.Holding(form), null, Sampled, NewsSearcher.SortFor(ResultOrder.Newest)!);
        var newest = found.ScoreDocs.Cast<FieldDoc>().OrderBy(d => d.Doc).ToList();
        var reader = searcher.IndexReader;
        var documents = newest.ToDictionary(d => d.Doc, d => reader.Document(d.Doc, StoredText));
        var words = newest.ToDictionary(d => d.Doc, _ => new List<string>());
        foreach (var (exact, stored) in IndexSchema.ExactFromStored)
        {
            var postings = MultiFields.GetTermPositionsEnum(reader, MultiFields.GetLiveDocs(reader), exact, new BytesRef(form));
            if (postings is null) continue;
            foreach (var doc in newest.Select(d => d.Doc))
            {
                if (postings.DocID > doc || (postings.DocID != doc && postings.Advance(doc) != doc)) continue;
                var positions = Enumerable.Range(0, postings.Freq).Select(_ => postings.NextPosition()).ToList();
                var text = documents[doc].Get(stored) ?? "";
                var offsets = WordOffsets.Of(text, positions[^1]);
                foreach (var (start, end) in positions.Select(offsets.At))
                    if (start >= 0) words[doc].Add(Shown(text[start..end]));
            }
        }
        return new FormSample(found.TotalHits, [.. newest.Select(d => new WrittenSample(
            Convert.ToInt64(d.Fields[0], CultureInfo.InvariantCulture), ((BytesRef)d.Fields[1]).Utf8ToString(), words[d.Doc]))]);
    }

    /// <summary>
    /// The word written most for <paramref name="form"/> in the <see cref="Sampled"/> newest of <paramref name="samples"/>
    /// (one index's, or every shard's together), then the first by code point; the form itself when no written word
    /// reads as it (so the word finds what the form finds).
    /// </summary>
    public static string MostWritten(string form, IEnumerable<WrittenSample> samples) =>
        samples.OrderByDescending(s => s.Published).ThenBy(s => s.Id, StringComparer.Ordinal).Take(Sampled)
            .SelectMany(s => s.Words).GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)
            .FirstOrDefault(w => NameForms.Tokens(w) is [var token] && token == form) ?? form;

    /// <summary>The word without what cannot be shown (joiners, bidi marks, soft hyphens); tashkeel and tatweel stay.</summary>
    private static string Shown(string word) =>
        string.Concat(word.Where(c => char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control)));
}
