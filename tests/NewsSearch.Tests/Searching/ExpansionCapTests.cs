using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>Prefix, wildcard and range queries that match too many distinct words are refused, not run.</summary>
public sealed class ExpansionCapTests : IDisposable
{
    private const int Words = 12_000;
    private readonly TempDir dir = new();
    private readonly NewsIndex index;
    private readonly NewsSearcher searcher;

    public ExpansionCapTests()
    {
        index = NewsIndex.Open(dir.Path);
        var body = string.Join(' ', Enumerable.Range(0, Words).Select(i => $"ab{i:00000}"));
        ArticleIndexer.Run(index, [ReadOutcome.Of(new Article("many-words", "كلمات كثيرة", body))], new IndexRunOptions());
        searcher = new NewsSearcher(index);
    }

    public void Dispose()
    {
        index.Dispose();
        dir.Dispose();
    }

    [Theory]
    [InlineData("ab*")]
    [InlineData("ab???*")]
    [InlineData("body:[ab00000 TO ab11999]")]
    public void A_query_matching_more_than_the_cap_is_refused_with_a_clear_message(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => searcher.Search(new SearchRequest(query)));
        Assert.EndsWith($"matches more than {CappedExpansionRewrite.MaxTerms:N0} different words; make it more specific", e.Message);
    }

    [Theory]
    [InlineData("ab1*")]
    [InlineData("ab1???*")]
    [InlineData("body:[ab00000 TO ab01999]")]
    public void A_query_under_the_cap_runs_and_marks_its_matches(string query)
    {
        var hit = Assert.Single(searcher.Search(new SearchRequest(query)).Hits);
        Assert.NotEmpty(hit.Snippets);
    }
}
