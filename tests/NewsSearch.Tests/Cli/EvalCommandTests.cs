using System.IO.Compression;
using System.Text;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Cli;

/// <summary><c>newssearch eval</c> end to end on a collection of three articles written on the fly.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Prints_stock_and_newssearch_side_by_side_and_writes_per_query_figures()
    {
        var perQuery = Path.Combine(dir.Path, "per-query.tsv");

        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), "--per-query", perQuery);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("MRR@10  Recall@10  Recall@100  nDCG@10", result.Stdout);
        Assert.Matches(@"(?m)^stock\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+2\b", result.Stdout);
        Assert.Matches(@"(?m)^newssearch\s+1\.000", result.Stdout);
        Assert.Contains("vs stock", result.Stdout);
        var lines = File.ReadAllLines(perQuery);
        Assert.Equal(1 + 2 * 2, lines.Length); // header, two judged queries for each system
        Assert.StartsWith("system\tqid\tmrr@10", lines[0]);
    }

    [Fact]
    public void Writes_each_systems_results_as_a_trec_run()
    {
        var runFile = Path.Combine(dir.Path, "run.txt");

        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), "--run", runFile);

        Assert.Equal(0, result.ExitCode);
        var run = File.ReadAllLines(runFile);
        Assert.Matches(@"^q1 Q0 d1 1 \S+ stock$", run[0]);
        Assert.Contains(run, line => line.StartsWith("q2 Q0 d2 1 ") && line.EndsWith(" newssearch"));
        Assert.Equal("d1", NewsSearch.Core.Evaluation.TrecRun.Parse(run.Where(l => l.EndsWith(" newssearch")))["q1"][0]);
    }

    [Fact]
    public void Only_the_chosen_analyzer_runs()
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), "--analyzer", "stock");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("newssearch ", result.Stdout);
    }

    [Fact]
    public void Default_search_adds_a_row_for_the_queries_as_typed()
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), "--analyzer", "newssearch", "--default-search");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("newssearch search", result.Stdout);
    }

    [Fact]
    public void Verb_tenses_apart_adds_a_row_for_the_typed_search_without_the_join()
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), "--analyzer", "newssearch", "--default-search", "--verb-tenses-apart");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("newssearch search", result.Stdout);
        Assert.Contains("search, verb tenses apart", result.Stdout);
    }

    [Theory]
    [InlineData("--analyzer", "bm25")]
    [InlineData("--ranking", "k1=fast")]
    public void Bad_options_exit_2_with_one_line(string option, string value)
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", WriteSet(), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_folder_without_the_collection_files_exits_1_with_one_line()
    {
        var result = CliProcess.Run(Path.Combine(dir.Path, "index"), "eval", dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.Contains("corpus.jsonl.gz", result.Stderr);
    }

    private string WriteSet()
    {
        var folder = Path.Combine(dir.Path, "set");
        Directory.CreateDirectory(folder);
        using (var gzip = new GZipStream(File.Create(Path.Combine(folder, "corpus.jsonl.gz")), CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(
                """
                {"id": "d1", "title": "", "body": "انطلق مهرجان ترفيهي لنزلاء السجن في الدمام."}
                {"id": "d2", "title": "", "body": "احتفل الشاب آل ناصر بزفافه في عسير."}

                """));
        File.WriteAllText(Path.Combine(folder, "queries.tsv"), "q1\tمهرجان ترفيهي\nq2\t\"آل ناصر\" AND (\n");
        File.WriteAllText(Path.Combine(folder, "qrels.txt"), "q1 0 d1 1\nq2 0 d2 1\n");
        return folder;
    }
}
