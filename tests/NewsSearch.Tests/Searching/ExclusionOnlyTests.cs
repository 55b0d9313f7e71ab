using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Searching;
using NewsSearch.Tests.Support;

namespace NewsSearch.Tests.Searching;

/// <summary>A query or group that only excludes finds every article but the excluded ones (as Elasticsearch's query string does).</summary>
public sealed class ExclusionOnlyTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Theory]
    [InlineData("NOT ميامي")]
    [InlineData("-ميامي")]
    [InlineData("!ميامي")]
    public void Excluding_a_word_alone_finds_every_other_article(string query)
    {
        var every = SeedIndex.SeedArticles().Count();
        var withWord = seeds.Search("ميامي");

        var found = seeds.Search(query);

        Assert.Equal(every - withWord.TotalHits, found.TotalHits);
        Assert.DoesNotContain(found.Hits, h => withWord.Hits.Any(w => w.Article.Id == h.Article.Id));
    }

    [Fact]
    public void A_group_that_only_excludes_narrows_the_words_beside_it()
    {
        var word = seeds.Search("لقاء").TotalHits;
        var both = seeds.Search("لقاء ميامي").TotalHits;

        Assert.Equal(word - both, seeds.Search("لقاء (NOT ميامي)").TotalHits);
        Assert.Equal(word - both, seeds.Search("لقاء -ميامي").TotalHits);
    }

    [Fact]
    public void The_given_query_is_left_as_it_was()
    {
        var inner = new BooleanQuery { { new TermQuery(new Term("body", "ميامي")), Occur.MUST_NOT } };
        var outer = new BooleanQuery { { new TermQuery(new Term("body", "لقاء")), Occur.MUST }, { inner, Occur.MUST } };

        var anchored = (BooleanQuery)ExclusionOnly.FromEveryArticle(outer);

        Assert.Single(inner.Clauses);
        Assert.Same(inner, outer.Clauses[1].Query);
        Assert.Equal(2, ((BooleanQuery)anchored.Clauses[1].Query).Clauses.Count);
    }
}
