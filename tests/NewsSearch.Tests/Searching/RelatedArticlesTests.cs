using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

public sealed class RelatedArticlesTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Theory]
    [InlineData(SeedIndex.Asharq, SeedIndex.Anadolu)]
    [InlineData(SeedIndex.Anadolu, SeedIndex.Asharq)]
    public void Each_seed_s_first_related_article_is_the_other_seed(string id, string other)
    {
        var related = seeds.Searcher.Related(new RelatedRequest(id))!;
        Assert.Equal(id, related.Article.Id);
        var first = related.Hits[0];
        Assert.Equal(other, first.Article.Id);
        Assert.Equal(1, first.Rank);
        Assert.True(first.Score > 0);
        Assert.DoesNotContain(related.Hits, h => h.Article.Id == id);
    }

    [Fact]
    public void The_lead_is_the_start_of_the_related_article_as_written()
    {
        var hit = seeds.Searcher.Related(new RelatedRequest(SeedIndex.Asharq))!.Hits[0];
        Assert.StartsWith("جمع جاريد كوشنر، صهر الرئيس الأمريكي", hit.Lead);
    }

    [Fact]
    public void An_unknown_id_gives_null()
    {
        Assert.Null(seeds.Searcher.Related(new RelatedRequest("no-such-article")));
    }

    [Fact]
    public void Other_outlets_reports_of_the_same_event_come_before_the_own_outlet_s()
    {
        using var dir = new TempDir();
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, SameEventArticles().Select(ReadOutcome.Of), new IndexRunOptions());
        var searcher = new NewsSearcher(index);

        var related = searcher.Related(new RelatedRequest("aawsat-1"))!;

        // aawsat-2 repeats aawsat-1 almost word for word, yet the other outlet's report ranks first.
        Assert.Equal(["okaz-1", "aawsat-2"], related.Hits.Take(2).Select(h => h.Article.Id));
        Assert.DoesNotContain(related.Hits, h => h.Article.Id == "aawsat-1");
    }

    [Fact]
    public void Related_articles_can_be_filtered()
    {
        using var dir = new TempDir();
        using var index = NewsIndex.Open(dir.Path);
        ArticleIndexer.Run(index, SameEventArticles().Select(ReadOutcome.Of), new IndexRunOptions());
        var searcher = new NewsSearcher(index);

        var related = searcher.Related(new RelatedRequest("aawsat-1") { Filter = new SearchFilter { Sources = ["aawsat"] } })!;

        Assert.All(related.Hits, h => Assert.Equal("aawsat", h.Article.Source));
    }

    private static IEnumerable<Article> SameEventArticles()
    {
        const string Event = "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت في أول جولة خليجية بعد الاتفاق النووي، والتقى أمير الكويت وبحث معه العلاقات الثنائية وأمن الخليج.";
        return
        [
            new("aawsat-1", "ظريف يبدأ جولة خليجية من الكويت", Event) { Source = "aawsat" },
            new("aawsat-2", "ظريف يبدأ جولته الخليجية من الكويت", Event + " وقال إن بلاده تريد علاقات جيدة.") { Source = "aawsat" },
            new("okaz-1", "ظريف في الكويت", "بدأ محمد جواد ظريف وزير الخارجية الإيراني جولة خليجية من الكويت حيث التقى أمير الكويت بعد الاتفاق النووي.") { Source = "okaz" },
            new("alriyadh-1", "أمطار على الرياض", "هطلت أمطار غزيرة على الرياض وحذر الدفاع المدني من السيول في الخليج.") { Source = "alriyadh" },
            new("alwatan-1", "أسعار النفط", "تراجعت أسعار النفط بعد الاتفاق النووي مع إيران وسط توقعات بزيادة المعروض.") { Source = "alwatan" },
        ];
    }
}
