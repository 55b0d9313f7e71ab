using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Snippets;

/// <summary>
/// Finds where a query matched inside one document: the terms at the positions the index's postings hold, with the
/// offsets of the words at those positions in the stored text (<see cref="Analysis.WordOffsets"/>), so a mark always
/// covers the whole token as written. Built once per query (term lookups, expansions); <see cref="Find"/> then costs
/// postings reads and one tokenising of the text per hit.
/// </summary>
public sealed class MatchFinder
{

    private readonly IndexReader reader;
    private readonly IReadOnlyList<IMatchSource> sources;

    /// <param name="fields">Fields whose tokens point into the same stored text (e.g. stemmed and exact body).</param>
    public MatchFinder(IndexSearcher searcher, Query query, IEnumerable<string> fields)
    {
        reader = searcher.IndexReader;
        sources = QueryParts.Of(searcher, query, fields);
    }

    /// <summary>
    /// Occurrences in document order. The same tokens found through two fields or two query parts of
    /// equal extent count once, with the larger weight.
    /// </summary>
    /// <param name="storedText">The document's stored text that the fields were indexed from.</param>
    public IReadOnlyList<Match> Find(int docId, string storedText)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var tokens = new DocTokens(leaf, docId - leaf.DocBase, storedText);
        return sources
            .SelectMany(source => source.Find(tokens))
            .GroupBy(m => string.Join(',', m.Tokens.Select(t => t.Start)))
            .Select(same => same.MaxBy(m => m.Weight)!)
            .OrderBy(m => m.Start).ThenBy(m => m.End)
            .ToList();
    }
}
