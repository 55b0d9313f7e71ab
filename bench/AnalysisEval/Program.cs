// Compares stock Lucene ArabicAnalyzer with NewsAnalyzer on an evaluation folder (corpus.jsonl.gz, queries.tsv,
// qrels.txt): MRR@10 with BM25, title and body in one field, the query an OR of its analysed terms (with the shipped
// spelling variants for NewsAnalyzer). With --analyse-only: analysis throughput over the bodies, best of 5 rounds.
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;

if (args.Length < 2 || args[1] is not ("stock" or "ours"))
{
    Console.Error.WriteLine("usage: AnalysisEval EVAL_FOLDER stock|ours [--analyse-only]");
    return 2;
}
var folder = args[0];
var ours = args[1] == "ours";
Analyzer analyzer = ours ? new NewsAnalyzer() : new ArabicAnalyzer(LuceneVersion.LUCENE_48);
var articles = ReadCorpus(Path.Combine(folder, "corpus.jsonl.gz"));

if (args.Contains("--analyse-only"))
{
    var best = TimeSpan.MaxValue;
    long tokens = 0;
    for (var round = 0; round < 5; round++)
    {
        var clock = Stopwatch.StartNew();
        tokens = articles.Sum(a => Terms(a.Body).LongCount());
        best = clock.Elapsed < best ? clock.Elapsed : best;
    }
    Console.WriteLine($"| {args[1]} | {tokens:N0} tokens | {best.TotalSeconds:F1} s | {tokens / best.TotalSeconds / 1e6:F2} M tokens/s |");
    return 0;
}

var directory = new RAMDirectory();
var indexClock = Stopwatch.StartNew();
using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(), RAMBufferSizeMB = 256 }))
{
    foreach (var (id, title, body) in articles)
        writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("text", title + "\n" + body, Field.Store.NO) });
    writer.Commit();
}
var indexTime = indexClock.Elapsed;

var relevant = File.ReadLines(Path.Combine(folder, "qrels.txt")).Select(l => l.Split(' ')).Where(p => int.Parse(p[3]) > 0)
    .GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Select(p => p[2]).ToHashSet());
using var reader = DirectoryReader.Open(directory);
var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
double reciprocalRanks = 0;
var judged = 0;
foreach (var line in File.ReadLines(Path.Combine(folder, "queries.tsv")))
{
    var parts = line.Split('\t');
    if (!relevant.TryGetValue(parts[0], out var wanted)) continue;
    judged++;
    var query = new BooleanQuery();
    foreach (var term in Terms(parts[1]))
    {
        var forms = ours ? SpellingVariants.Shipped.Of(term) ?? [term] : [term];
        var any = new BooleanQuery(disableCoord: true);
        foreach (var form in forms) any.Add(new TermQuery(new Term("text", form)), Occur.SHOULD);
        query.Add(any, Occur.SHOULD);
    }
    var top = searcher.Search(query, 10).ScoreDocs;
    for (var i = 0; i < top.Length; i++)
        if (wanted.Contains(searcher.Doc(top[i].Doc).Get("id"))) { reciprocalRanks += 1.0 / (i + 1); break; }
}
Console.WriteLine($"| {Path.GetFileName(folder.TrimEnd('/'))} | {args[1]} | MRR@10 {reciprocalRanks / judged:F4} | {judged} queries | indexed in {indexTime.TotalSeconds:F1} s |");
return 0;

List<string> Terms(string text)
{
    var terms = new List<string>();
    using var stream = analyzer.GetTokenStream("text", text);
    var term = stream.AddAttribute<ICharTermAttribute>();
    stream.Reset();
    while (stream.IncrementToken()) terms.Add(term.ToString());
    stream.End();
    return terms;
}

static List<(string Id, string Title, string Body)> ReadCorpus(string path)
{
    var articles = new List<(string, string, string)>();
    using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
    while (reader.ReadLine() is { } line)
    {
        var o = JsonDocument.Parse(line).RootElement;
        string Text(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        articles.Add((Text("id"), Text("title"), Text("body")));
    }
    return articles;
}
