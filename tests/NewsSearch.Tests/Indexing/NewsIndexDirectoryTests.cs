using Lucene.Net.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Indexing;

public sealed class NewsIndexDirectoryTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void The_index_is_read_with_plain_file_reads_not_memory_mapping()
    {
        using var index = NewsIndex.Open(dir.Path);
        Assert.IsType<SimpleFSDirectory>(index.Directory);
    }

    [Fact]
    public void Many_threads_searching_at_once_all_get_the_same_answers()
    {
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, Enumerable.Range(0, 300).Select(i =>
            ReadOutcome.Of(new Article($"a{i}", $"خبر رقم {i}", $"المفاوضات في ميامي {(i % 3 == 0 ? "وويتكوف" : "وجنيف")} يوم {i}"))), new IndexRunOptions());
        var searcher = new NewsSearcher(index);
        string[] queries = ["ميامي", "ويتكوف", "جنيف", "\"المفاوضات في ميامي\"", "خبر"];
        var expected = queries.Select(q => searcher.Search(new SearchRequest(q)).TotalHits).ToArray();

        var answers = new System.Collections.Concurrent.ConcurrentBag<(int Query, int Hits)>();
        Parallel.For(0, 8, t =>
        {
            for (var i = 0; i < 50; i++)
            {
                var q = (i + t) % queries.Length;
                answers.Add((q, searcher.Search(new SearchRequest(queries[q])).TotalHits));
            }
        });

        Assert.Equal([300, 100, 200, 300, 300], expected);
        Assert.Equal(400, answers.Count);
        Assert.All(answers, a => Assert.Equal(expected[a.Query], a.Hits));
    }
}
