using Lucene.Net.Analysis.Ar;
using NewsSearch.Core.Analysis;
using Xunit.Abstractions;
namespace NewsSearch.Tests.Analysis;
public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var ours = new NewsAnalyzer();
        var stock = new ArabicAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
        foreach (var w in File.ReadAllText("/tmp/probe.txt").Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            output.WriteLine($"{w}\t{Tokens.Single(ours, w)}\t{Tokens.Single(stock, w)}");
    }
}
