using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's side of a cluster search, over its own index with Core's parser, filters, counts and snippets: first
/// the statistics of the query's terms, then its best hits scored with the cluster's statistics, then the final
/// page's hits with their snippets. Each step parses the request again (cheap), so no state is kept between them.
/// A request with the user's people file is parsed and ranked by a searcher knowing them, kept for the next request.
/// </summary>
/// <param name="shipped">The shard's searcher for the shipped people list (its facts use it too).</param>
internal sealed class ShardSearch(NewsIndex index, NewsSearcher shipped)
{
    private volatile PeopleSearcher? own;

    /// <summary>The last people file searched with, and the searcher knowing its people.</summary>
    private sealed record PeopleSearcher(PeopleFile File, NewsSearcher Searcher);

    private NewsSearcher SearcherFor(ShardQuery query)
    {
        if (query.People is not { } file) return shipped;
        if (own is { } last && last.File.Name == file.Name && last.File.Json.AsSpan().SequenceEqual(file.Json)) return last.Searcher;
        var searcher = new NewsSearcher(index, PeopleFile.ListOf(file));
        own = new PeopleSearcher(file, searcher);
        return searcher;
    }

    public ShardStatistics Statistics(ShardQuery shardQuery)
    {
        try
        {
            var searcher = SearcherFor(shardQuery);
            var parsed = searcher.Parse(shardQuery.Request);
            return index.Searcher.Use(local =>
            {
                var terms = new HashSet<Term>();
                if (QueryFor(searcher, parsed, shardQuery.Phase) is { } query) local.Rewrite(query).ExtractTerms(terms);
                if (SnippetQueryFor(searcher, parsed, shardQuery.Phase) is { } shown) local.Rewrite(shown).ExtractTerms(terms);
                var mayWiden = shardQuery.Phase == SearchPhase.AllWords && QueryFor(searcher, parsed, SearchPhase.SomeWords) is not null;
                return Of(local, terms) with { MayWiden = mayWiden };
            });
        }
        catch (QuerySyntaxException e)
        {
            return ShardStatistics.Refusing(e.Message);
        }
    }

    /// <summary>This shard's statistics of these terms, of every indexed field, and its document counts.</summary>
    internal static ShardStatistics Of(IndexSearcher local, IEnumerable<Term> terms)
    {
        var reader = local.IndexReader;
        var termStats = terms.Select(term =>
        {
            var stat = local.TermStatistics(term, TermContext.Build(local.TopReaderContext, term));
            return new TermStat(term.Field, term.Bytes.Bytes.AsSpan(term.Bytes.Offset, term.Bytes.Length).ToArray(),
                stat.DocFreq, stat.TotalTermFreq);
        }).ToArray();
        var fields = MultiFields.GetMergedFieldInfos(reader).Where(f => f.IsIndexed).Select(f =>
        {
            var stat = local.CollectionStatistics(f.Name);
            return new FieldStat(f.Name, stat.DocCount, stat.SumTotalTermFreq, stat.SumDocFreq);
        }).ToArray();
        return new ShardStatistics(true, null, reader.MaxDoc, fields, termStats, false, reader.NumDocs);
    }

    /// <summary>The shard's best hits up to the window's end, scored with the cluster's statistics.</summary>
    public ShardPage Search(ShardQuery shardQuery, GlobalStatistics global)
    {
        var request = shardQuery.Request;
        var searcher = SearcherFor(shardQuery);
        var parsed = searcher.Parse(request);
        if (QueryFor(searcher, parsed, shardQuery.Phase) is not { } query)
            return new ShardPage(true, 0, [], JsonSerializer.Serialize(ArticleCounts.Empty), 0);
        return index.Searcher.Use(local =>
        {
            var scoring = new GlobalStatisticsSearcher(local.IndexReader, global);
            var top = NewsSearcher.TopCollector(request.Order, Math.Max(1, shardQuery.Window), fillFields: true);
            var counts = new ArticleCountCollector();
            scoring.Search(query, LuceneFilters.For(parsed.Filter, scoring.IndexReader), MultiCollector.Wrap(top, counts));
            var hits = top.GetTopDocs().ScoreDocs.Select(hit => new ShardHit(hit.Doc, hit.Score,
                scoring.Doc(hit.Doc).Get(IndexSchema.Id),
                    hit is FieldDoc { Fields: [J2N.Numerics.Int64 date, ..] } ? date.ToInt64() : 0)).ToArray();
            var undated = parsed.Filter.HasDateRange && shardQuery.Phase == SearchPhase.AllWords
                ? NewsSearcher.CountHits(scoring, parsed.Query, LuceneFilters.Undated(parsed.Filter, scoring.IndexReader)) : 0;
            return new ShardPage(true, top.TotalHits, hits, JsonSerializer.Serialize(counts.ToCounts()), undated);
        });
    }

    /// <summary>The hits (article and snippets) for these ids, in their order; ranks and scores are the caller's.</summary>
    public List<SearchHit> Hits(ShardQuery shardQuery, IReadOnlyList<string> ids, GlobalStatistics global)
    {
        var request = shardQuery.Request;
        var searcher = SearcherFor(shardQuery);
        var parsed = searcher.Parse(request);
        if (SnippetQueryFor(searcher, parsed, shardQuery.Phase) is not { } query) return [];
        return index.Searcher.Use(local =>
        {
            var docs = ids.Select(id => local.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1).ScoreDocs)
                .Where(found => found.Length > 0).Select(found => found[0]).ToArray();
            return NewsSearcher.Hits(new GlobalStatisticsSearcher(local.IndexReader, global), query, docs, 0, request.Snippets);
        });
    }

    /// <summary>The query that finds and ranks the phase's articles, as <see cref="NewsSearcher"/> builds it.</summary>
    private static Query? QueryFor(NewsSearcher searcher, NewsSearcher.ParsedRequest parsed, SearchPhase phase) => phase switch
    {
        SearchPhase.AllWords => searcher.AllWordsRanked(parsed),
        _ => searcher.SomeWordsOnly(parsed),
    };

    /// <summary>The query whose matches the phase's snippets mark.</summary>
    private static Query? SnippetQueryFor(NewsSearcher searcher, NewsSearcher.ParsedRequest parsed, SearchPhase phase) =>
        phase == SearchPhase.AllWords ? parsed.Query : QueryFor(searcher, parsed, phase);
}
