using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsSearch.Cli.Output;
using NewsSearch.Core.Evaluation;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cli.Commands;

public static class EvalCommand
{
    private static readonly Argument<string> SetDir = new("setdir")
        { Description = "Folder with corpus.jsonl.gz, queries.tsv and qrels.txt." };
    private static readonly Option<string?> Analyzer = new("--analyzer")
    {
        Description = "Evaluate only NewsSearch or only the stock reference (default: both, side by side).",
    };
    private static readonly Option<string?> PerQuery = new("--per-query") { Description = "Write each query's figures to this TSV file." };
    private static readonly Option<string?> RunFile = new("--run")
        { Description = "Write every system's results to this file in TREC run format." };
    private static readonly Option<bool> DefaultSearch = new("--default-search")
    {
        Description = "Also score each query as typed into search: the query syntax, all words required, then articles with some of them.",
    };
    private static readonly Option<string[]> AllWordsRankings = new("--all-words-ranking")
    {
        Description = "With --default-search: also score the typed search with its articles with all the words ranked like --literal, " +
                      "with these settings (as --ranking; \"default\" for the default ranking, " +
                      "\"bm25\" for the query language's own) (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };
    private static readonly Option<bool> TensesApart = new("--verb-tenses-apart")
    {
        Description = "With --default-search: also score the typed search with a verb's tenses kept apart " +
            "(يجتمع does not find اجتمع), as before they were joined.",
    };
    private static readonly Option<string[]> Rankings = new("--ranking")
    {
        Description = "Extra NewsSearch configurations to compare, e.g. " +
            "k1=0.9,b=0.5,title=2,exact=0.5,proximity=1,slop=4,lead=0.5,leadlength=50,msm=0.3,coord=0.5 (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Command Create()
    {
        Analyzer.AcceptOnlyFromAmong("newssearch", "stock");
        var command = new Command("eval", "Measure ranking quality on a test collection (MRR@10, Recall@10/100, nDCG@10).")
        {
            SetDir, Analyzer, PerQuery, RunFile, Rankings, DefaultSearch, AllWordsRankings, TensesApart,
        };
        command.SetAction(result => CliRunner.Guard(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var systems = Systems(result.GetValue(Analyzer), result.GetValue(Rankings) ?? [], result.GetValue(DefaultSearch),
            result.GetValue(AllWordsRankings) ?? [], result.GetValue(TensesApart));
        EvaluationSet set;
        try { set = EvaluationSet.Load(result.GetValue(SetDir)!); }
        catch (InvalidDataException e) { throw new UsageException(e.Message); }
        var clock = Stopwatch.StartNew();
        using var evaluator = new Evaluator(set, line => Console.Error.WriteLine(line));
        var table = new EvalText(Console.Out, Math.Max(12, systems.Max(s => s.Name.Length)));
        table.WriteHeader(set);
        var results = new List<EvaluationResult>();
        foreach (var system in systems)
        {
            results.Add(evaluator.Run(system));
            table.WriteRow(results[^1]);
        }
        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:0} s, indexing included");
        if (result.GetValue(PerQuery) is { } file) EvalText.WritePerQuery(results, file);
        if (result.GetValue(RunFile) is { } runFile) EvalText.WriteRun(results, runFile);
        return CliRunner.Ok;
    }

    private static List<RetrievalSystem> Systems(string? analyzer, string[] rankings, bool defaultSearch,
        string[] allWordsRankings, bool tensesApart)
    {
        var systems = new List<RetrievalSystem>();
        if (analyzer is null or "stock") systems.Add(new StockSystem());
        if (analyzer is null or "newssearch")
        {
            systems.Add(new NewsSearchSystem(Ranking.Default));
            if (defaultSearch)
            {
                systems.Add(new DefaultSearchSystem());
                if (tensesApart) systems.Add(new DefaultSearchSystem("search, verb tenses apart") { JoinsVerbTenses = false });
                systems.AddRange(allWordsRankings.Select(r => new DefaultSearchSystem($"search, all words {r}")
                {
                    AllWordsRanking = r switch { "bm25" => null, "default" => Ranking.Default, _ => ParseRanking(r) },
                }));
            }
            systems.AddRange(rankings.Select(r => new NewsSearchSystem(ParseRanking(r), r)));
        }
        return systems;
    }

    internal static Ranking ParseRanking(string text)
    {
        var ranking = Ranking.Default;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new UsageException($"--ranking: expected name=number, not \"{pair}\"");
            ranking = parts[0] switch
            {
                "k1" => ranking with { K1 = v },
                "b" => ranking with { B = v },
                "title" => ranking with { TitleWeight = v },
                "exact" => ranking with { ExactWeight = v },
                "proximity" => ranking with { ProximityWeight = v },
                "slop" => ranking with { ProximitySlop = (int)v },
                "msm" => ranking with { MinimumShouldMatch = v },
                "coord" => ranking with { Coordination = v },
                "lead" => ranking with { LeadWeight = v },
                "grams" => ranking with { GramWeight = v },
                "gramk1" => ranking with { GramK1 = v },
                "gramb" => ranking with { GramB = v },
                "exactproximity" => ranking with { ExactProximity = v != 0 },
                "variants" => ranking with { Variants = v != 0 },
                "leadlength" => ranking with { LeadLength = (int)v },
                _ => throw new UsageException($"--ranking: unknown setting \"{parts[0]}\" " +
                    "(k1, b, title, exact, proximity, slop, msm, coord, lead, leadlength, grams, gramk1, gramb, exactproximity, variants)"),
            };
        }
        return ranking;
    }
}
