using NewsSearch.Core.Articles;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Tests.Analysis;

/// <summary>
/// End to end through a real index of the seed articles (plus one article written with the text hazards of
/// real feeds) and <see cref="NewsSearcher"/>: what the analysis finds and what the snippets mark.
/// </summary>
public sealed class SeedAnalysisTests : IClassFixture<SeedAnalysisTests.SeedIndex>
{
    private const string HazardId = "hazards";

    // ZWNJ inside Witkoff, a bidi mark, kashida, Arabic-Indic digits, clitic ب on Miami, a user-only variant.
    private const string HazardBody =
        "التقى ويت\u200Cكوف مبعوث\u200F الرئيس بميامي في عام ٢٠٢٥ قبل زيارة مـــوسكو، ونشرت صحيفة كريملينوفا الخبر.";

    private readonly SeedIndex seeds;

    public SeedAnalysisTests(SeedIndex seeds) => this.seeds = seeds;

    [Fact]
    public void Witkoff_finds_and_marks_the_conjunction_form_whole()
    {
        var results = Search("ويتكوف");
        var marked = results.Hits.SelectMany(h => MarkedWords(h)).ToList();
        Assert.Contains("وويتكوف", marked);
        var hit = results.Hits.Single(h => h.Article.Body.Contains("بوتين وويتكوف"));
        Assert.Contains(hit.Snippets, s => s.Text.Contains("بوتين وويتكوف") && MarkedIn(hit, s).Contains("وويتكوف"));
    }

    [Fact]
    public void American_in_one_spelling_finds_the_seed_that_writes_the_other()
    {
        var ids = Ids(Search("الأمريكية"));
        var writesMeerkiyya = seeds.Articles.Where(a => a.Body.Contains("الأميركية") && !a.Body.Contains("الأمريكية")).Select(a => a.Id).ToList();
        Assert.NotEmpty(writesMeerkiyya);
        Assert.All(writesMeerkiyya, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Both_spellings_of_Hnatov_find_both_seeds()
    {
        var seedIds = seeds.Articles.Where(a => a.Id != HazardId).Select(a => a.Id).ToList();
        Assert.Equal(2, seedIds.Count);
        Assert.Equal(seedIds.Order(), Ids(Search("غناتوف")).Order());
        Assert.Equal(seedIds.Order(), Ids(Search("هناتوف")).Order());
    }

    [Fact]
    public void Miami_matches_its_preposition_form_and_marks_it()
    {
        var hit = Search("ميامي").Hits.Single(h => h.Article.Id == HazardId);
        Assert.Contains("بميامي", MarkedWords(hit));
    }

    [Fact]
    public void Arabic_Indic_digits_match_ascii_digits_both_ways()
    {
        Assert.Contains(HazardId, Ids(Search("2025")));
        Assert.Equal(Ids(Search("2022")).Order(), Ids(Search("٢٠٢٢")).Order());
        Assert.Equal(2, Ids(Search("٢٠٢٢")).Count);
    }

    [Fact]
    public void A_zero_width_non_joiner_does_not_split_a_name_and_marks_point_into_the_original_text()
    {
        var hit = Search("ويتكوف").Hits.Single(h => h.Article.Id == HazardId);
        Assert.Contains("ويت\u200Cكوف", MarkedWords(hit));
        Assert.Contains("مـــوسكو", MarkedWords(Search("موسكو").Hits.Single(h => h.Article.Id == HazardId)));
    }

    [Fact]
    public void Exact_form_syntax_matches_only_that_form()
    {
        Assert.NotEmpty(Ids(Search("المفاوض"))); // the stem matches المفاوضات, المفاوضين
        Assert.Empty(Ids(Search("=المفاوض")));
        var exact = Search("=المفاوضات");
        Assert.Single(exact.Hits);
        Assert.Contains("المفاوضات", MarkedWords(exact.Hits[0]));
        Assert.DoesNotContain("المفاوضين", MarkedWords(exact.Hits[0]));
        Assert.Equal(Ids(exact), Ids(Search("exact:المفاوضات")));
        Assert.Single(Search("exact:\"الخارجية الأميركية\"").Hits);
    }

    [Fact]
    public void A_user_variants_file_in_the_index_folder_adds_variants_without_reindexing()
    {
        Assert.Empty(Ids(Search("تلغراف")));
        File.WriteAllText(Path.Combine(seeds.Index.Path, "variants.txt"), "# mine\nتلغراف كريملينوفا\n");
        try
        {
            // Read where the index is opened (the next CLI run, the API's next start), not re-read per search.
            using var reopened = NewsIndex.OpenExisting(seeds.Index.Path);
            var searcher = new NewsSearcher(reopened);
            Assert.Contains(HazardId, Ids(searcher.Search(new SearchRequest("تلغراف"))));
        }
        finally
        {
            File.Delete(Path.Combine(seeds.Index.Path, "variants.txt"));
        }
    }

    private SearchResults Search(string query)
    {
        var searcher = new NewsSearcher(seeds.Index);
        return searcher.Search(new SearchRequest(query) { PageSize = 10 });
    }

    private static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.Article.Id).ToList();

    private static IEnumerable<string> MarkedWords(SearchHit hit) => hit.Snippets.SelectMany(s => MarkedIn(hit, s));

    private static IEnumerable<string> MarkedIn(SearchHit hit, Snippet snippet) =>
        snippet.Marks.Select(m => hit.Article.Body.Substring(m.Start, m.Length));

    public sealed class SeedIndex : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "newssearch-analysis-" + Guid.NewGuid().ToString("N"));

        public SeedIndex()
        {
            Articles = ArticleReader.ReadSeeds().Select(o => o.Article!).Append(new Article(HazardId, "خبر", HazardBody)).ToList();
            Index = NewsIndex.Open(folder);
            ArticleIndexer.Run(Index, Articles.Select(ReadOutcome.Of), new IndexRunOptions { Rebuild = true });
        }

        public List<Article> Articles { get; }
        public NewsIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }
}
