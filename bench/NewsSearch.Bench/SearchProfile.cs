using System.Diagnostics;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Bench;

public sealed record PhaseShare(string Phase, double AllMillis, double SlowestMillis);

/// <summary>
/// A stopwatch profile of the typed search, step by step as <see cref="NewsSearcher.Search"/> reports them
/// (<see cref="SearchStep"/>): the same searches the latencies time, split where they spend it. Summed over the whole mix
/// and over its slowest 1%, so a missed latency target can be explained by where the time goes.
/// </summary>
public static class SearchProfile
{
    public static IReadOnlyList<PhaseShare> Run(NewsIndex index, IReadOnlyList<BenchQuery> mix)
    {
        var clock = new Stopwatch();
        var spent = new double[Enum.GetValues<SearchStep>().Length];
        var searcher = new NewsSearcher(index)
        {
            StepEnded = step =>
            {
                spent[(int)step] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
            },
        };
        var profiles = new List<double[]>();
        foreach (var query in mix)
        {
            Array.Clear(spent);
            clock.Restart();
            try { searcher.Search(new SearchRequest(query.Text)); }
            catch (QuerySyntaxException) { continue; }
            profiles.Add([.. spent]);
        }
        var slowest = profiles.OrderByDescending(p => p.Sum()).Take(Math.Max(1, profiles.Count / 100)).ToList();
        return Enum.GetValues<SearchStep>()
            .Select(step => new PhaseShare(Name(step), profiles.Sum(p => p[(int)step]), slowest.Sum(p => p[(int)step])))
            .ToList();
    }

    private static string Name(SearchStep step) => step switch
    {
        SearchStep.Parse => "parse (syntax, analysis, verb tenses, a person's forms)",
        SearchStep.AllWords => "articles with all the words: find, count, rank",
        SearchStep.AllWordsPage => "their page: stored articles, matches, snippets",
        SearchStep.SomeWords => "articles with some of the words: find, count, rank",
        SearchStep.SomeWordsPage => "their part of the page",
        _ => "search help (people, spellings, outlets)",
    };
}
