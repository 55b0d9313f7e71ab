using System.Diagnostics;
using Lucene.Net.Search;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Bench;

public sealed record PhaseShare(string Phase, double AllMillis, double SlowestMillis);

/// <summary>
/// A stopwatch profile of one search, phase by phase, following the steps <see cref="NewsSearcher.Search"/> takes
/// (parse, top 10, match finding, loading stored documents, snippet building). Summed over the whole mix and
/// over its slowest 1%, so a missed latency target can be explained by where the time goes.
/// </summary>
public static class SearchProfile
{
    private static readonly string[] Phases = ["parse", "top 10 (Lucene)", "match finder setup", "load stored docs", "find matches", "build snippets"];

    public static IReadOnlyList<PhaseShare> Run(NewsIndex index, IReadOnlyList<BenchQuery> mix)
    {
        using var reader = index.OpenReader();
        var searcher = SharedSearcher.NewSearcher(reader);
        var parser = new NewsQueryParser(IndexSchema.Analyzer);
        var profiles = mix.Select(q => Profile(searcher, parser, q.Text)).Where(p => p is not null).Select(p => p!).ToList();
        var slowest = profiles.OrderByDescending(p => p.Sum()).Take(Math.Max(1, profiles.Count / 100)).ToList();
        return Phases.Select((name, i) => new PhaseShare(name, profiles.Sum(p => p[i]), slowest.Sum(p => p[i]))).ToList();
    }

    private static double[]? Profile(IndexSearcher searcher, NewsQueryParser parser, string text)
    {
        var spent = new double[Phases.Length];
        var clock = Stopwatch.StartNew();
        void Lap(int phase) { spent[phase] += clock.Elapsed.TotalMilliseconds; clock.Restart(); }
        Query query;
        try { query = parser.Parse(text); }
        catch (QuerySyntaxException) { return null; }
        Lap(0);
        var top = searcher.Search(query, 10);
        Lap(1);
        var matches = new MatchFinder(searcher, query, [IndexSchema.Body, IndexSchema.BodyExact]);
        Lap(2);
        foreach (var hit in top.ScoreDocs)
        {
            var article = IndexSchema.ToArticle(searcher.Doc(hit.Doc));
            Lap(3);
            var found = matches.Find(hit.Doc, article.Body);
            Lap(4);
            SnippetBuilder.Build(article.Body, found);
            Lap(5);
        }
        return spent;
    }
}
