using NewsSearch.Cluster.Searching;
using NewsSearch.Cluster.Tests.Support;
using NewsSearch.Core.Articles;
using System.Text.Json;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Tests.Searching;

/// <summary>One corpus in a 3-silo, 8-shard cluster and in one index; both answer every query the same.</summary>
public sealed class SameAnswersFixture : IAsyncLifetime
{
    public IReadOnlyList<Article> Articles { get; } = TestCorpus.Articles(800);
    public TestCluster Cluster { get; private set; } = null!;
    public NewsSearcher Single { get; private set; } = null!;
    public MentionSearcher SingleMentions { get; private set; } = null!;
    private readonly TempFolder folder = new();
    private NewsIndex? index;
    public NewsIndex Index => index!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.SkipReason is not null) return;
        Cluster = await TestCluster.StartAsync(Articles);
        index = NewsIndex.Open(Path.Combine(folder.Path, "single"));
        ArticleIndexer.Run(index, Articles.Select(ReadOutcome.Of), new IndexRunOptions());
        Single = new NewsSearcher(index);
        SingleMentions = new MentionSearcher(index) { Budget = MentionBudget.Unlimited }; // the loaded test machine must not time it out
    }

    public async Task DisposeAsync()
    {
        if (Cluster is not null) await Cluster.DisposeAsync();
        index?.Dispose();
        folder.Dispose();
    }
}

public class SameAnswersTests(SameAnswersFixture fixture) : IClassFixture<SameAnswersFixture>
{
    public static TheoryData<string, ResultOrder> Queries => new()
    {
        { "الرياض", ResultOrder.Relevance },
        { "محادثات السلام", ResultOrder.Relevance },
        { "\"وزير الخارجية\"", ResultOrder.Relevance },
        { "ويتكوف OR كوشنر", ResultOrder.Relevance },
        { "الحكومة -النفط", ResultOrder.Relevance },
        { "person:witkoff", ResultOrder.Relevance },
        { "person:kushner موسكو", ResultOrder.Relevance },
        { "الانتخ*", ResultOrder.Relevance },
        { "title:الهلال", ResultOrder.Relevance },
        { "=المدارس", ResultOrder.Relevance },
        { "السوق source:okaz", ResultOrder.Relevance },
        { "الأسهم date:[2015-07-12 TO 2015-07-18]", ResultOrder.Relevance },
        { "الطلاب", ResultOrder.Newest },
        { "المطار الرحلات", ResultOrder.Oldest },
        { "source:sabq", ResultOrder.Newest },
        { "زعفرانيات قرنفلية", ResultOrder.Relevance },
        { "ميامي", ResultOrder.Relevance },
        { "قرنفلية بنفسجية", ResultOrder.Relevance },
        { "\"مجلس الأمن\" الكهرباء الزراعة", ResultOrder.Newest },
        { "NOT الرياض", ResultOrder.Newest },
        { "الحكومة (NOT النفط)", ResultOrder.Relevance },
        { "بالانتخ*", ResultOrder.Relevance },
        { "ما الحكومة?", ResultOrder.Relevance },
    };

    [ClusterFact]
    public void The_queries_reach_the_widened_and_the_partial_paths()
    {
        Assert.NotNull(fixture.Single.Search(new SearchRequest("قرنفلية بنفسجية")).PartialFromRank);
        Assert.True(fixture.Single.Search(new SearchRequest("زعفرانيات قرنفلية")).PartialMatch);
    }

    [ClusterTheory]
    [MemberData(nameof(Queries))]
    public async Task A_query_ranks_scores_and_counts_as_in_one_index(string query, ResultOrder order)
    {
        foreach (var page in new[] { 1, 2 })
        {
            var request = new SearchRequest(query) { Order = order, Page = page };
            var single = fixture.Single.Search(request);
            var cluster = await fixture.Cluster.Searcher.SearchAsync(request);

            Assert.Equal(0, cluster.Shards.Missing);
            Assert.Equal(single.TotalHits, cluster.Results.TotalHits);
            Assert.Equal(single.PartialMatch, cluster.Results.PartialMatch);
            Assert.Equal(single.PartialTotal, cluster.Results.PartialTotal);
            Assert.Equal(single.PartialFromRank, cluster.Results.PartialFromRank);
            Assert.Equal(single.UndatedExcluded, cluster.Results.UndatedExcluded);
            Assert.Equal(single.Filter, cluster.Results.Filter, (a, b) => a.Sources.SequenceEqual(b.Sources) && a.From == b.From && a.To == b.To);
            Assert.Equivalent(single.Counts, cluster.Results.Counts, strict: true);
            Assert.Equal(single.Hits.Select(h => h.Rank), cluster.Results.Hits.Select(h => h.Rank));
            Assert.Equal(single.Hits.Select(h => h.Score), cluster.Results.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-4);
            SameIdsUpToTies(single.Hits, cluster.Results.Hits, fixture.Single.Search(request with { Page = 1, PageSize = 40 }).Hits);
            foreach (var (one, many) in single.Hits.Zip(cluster.Results.Hits).Where(p => p.First.Article.Id == p.Second.Article.Id))
                Assert.Equal(one.Snippets, many.Snippets, SnippetText.Instance);
        }
    }

    [ClusterFact]
    public async Task Hits_without_snippets_are_the_same_hits_without_snippets()
    {
        var request = new SearchRequest("الرياض");
        var with = await fixture.Cluster.Searcher.SearchAsync(request);
        var without = await fixture.Cluster.Searcher.SearchAsync(request with { Snippets = false });

        Assert.Contains(with.Results.Hits, h => h.Snippets.Count > 0);
        Assert.All(without.Results.Hits, h => Assert.Empty(h.Snippets));
        Assert.Equal(with.Results.Hits.Select(h => (h.Article.Id, h.Score)), without.Results.Hits.Select(h => (h.Article.Id, h.Score)));
    }

    /// <summary>Typos and dead ends: a misspelt word, a listed person's Latin name, an unknown outlet, stop words, a page past the end.</summary>
    public static TheoryData<string, string?, int> HelpQueries => new()
    {
        { "محادتات", null, 1 },
        { "الخارجبة السلام", null, 1 },
        { "موسكوو كييف", null, 1 },
        { "النصط", null, 1 },
        { "الحكومةة الأمطاار", null, 1 },
        { "Witkoff", null, 1 },
        { "Steve Witkoff", null, 1 },
        { "Kushner محادتات", null, 1 },
        { "Kushner date:[2015-07-12 TO 2015-07-13]", null, 1 },
        { "الرياض", "okz", 1 },
        { "السوق source:sabk", null, 1 },
        { "في من", null, 1 },
        { "قرنفلية بنفسجية", null, 5 },
    };

    [ClusterTheory]
    [MemberData(nameof(HelpQueries))]
    public async Task A_typo_or_dead_end_gets_the_help_of_one_index(string query, string? source, int page)
    {
        var request = new SearchRequest(query) { Page = page, Filter = new SearchFilter { Sources = source is null ? [] : [source] } };
        var single = fixture.Single.Search(request);
        var cluster = await fixture.Cluster.Searcher.SearchAsync(request);

        Assert.Equal(0, cluster.Shards.Missing);
        Assert.False(single.Help.IsEmpty, $"{query}: one index gives no help");
        Assert.Equal(JsonSerializer.Serialize(single.Help), JsonSerializer.Serialize(cluster.Results.Help));
    }

    [ClusterFact]
    public void The_help_cases_reach_every_kind_of_help()
    {
        var helps = HelpQueries.Select(row => fixture.Single.Search(new SearchRequest((string)row[0])
        {
            Page = (int)row[2], Filter = new SearchFilter { Sources = row[1] is string source ? [source] : [] },
        }).Help).ToList();

        Assert.Contains(helps, h => h.Spellings.Count > 1);
        Assert.Contains(helps, h => h.Spellings.Any(s => s.Suggestion.Contains('ة')) && h.Spellings.Any(s => s.Suggestion.Contains('أ')));
        Assert.Contains(helps, h => h.People.Count > 0 && h.Spellings.Count > 0);
        Assert.Contains(helps, h => h.UnknownSources.Count > 0);
        Assert.Contains(helps, h => h.StopWords.Count > 0);
        Assert.Contains(helps, h => h.LastPage is not null);
    }

    public static TheoryData<string, bool> People => new()
    {
        { "witkoff", false },
        { "kushner", false },
        { "kushner", true },
        { "umerov", true },
        { "putin", false },
        { "عميروف", false },
        { "ويتكوف", true },
    };

    [ClusterTheory]
    [MemberData(nameof(People))]
    public async Task Mentions_and_their_counts_are_those_of_one_index(string name, bool withVariants)
    {
        var single = fixture.SingleMentions.Mentions(name, withVariants);
        var cluster = await fixture.Cluster.Searcher.MentionsAsync(name, withVariants);

        Assert.Equal(0, cluster.Shards.Missing);
        Assert.True(single.Total > 0, $"{name}: the corpus names nobody so");
        Assert.Equal(Comparable(single), Comparable(cluster.Report));
        Assert.Equal(Comparable(single.CountingDoubtful()), Comparable(cluster.Report.CountingDoubtful()));
    }

    [ClusterFact]
    public async Task The_mention_cases_reach_spellings_the_list_lacks()
    {
        Assert.NotEmpty(fixture.SingleMentions.Mentions("umerov").AlsoWritten);
        Assert.NotEmpty((await fixture.Cluster.Searcher.MentionsAsync("umerov")).Report.AlsoWritten);
    }

    [ClusterFact]
    public async Task The_mention_cap_counts_every_shard_s_mentions_together()
    {
        var person = PersonForms.Resolve(PeopleList.Shipped, "kushner");
        var gathered = fixture.Index.Searcher.Use(s =>
        {
            MentionFinder.Candidates(s, person, MentionFinder.OtherSpellings(person, MentionFinder.SpellingCandidates(s, person)), null,
                out var count);
            return count;
        });
        foreach (var cap in new[] { gathered, gathered - 1 })
        {
            var budget = new MentionBudget { MaxMentions = cap, TimeLimit = TimeSpan.FromMinutes(1) };
            var single = new MentionSearcher(fixture.Index) { Budget = budget };
            var cluster = new ClusterSearcher(fixture.Cluster.Orleans.Client, 8) { ShardTimeout = TimeSpan.FromSeconds(30), MentionBudget = budget };
            if (cap == gathered)
            {
                Assert.Equal(Comparable(single.Mentions("kushner")), Comparable((await cluster.MentionsAsync("kushner")).Report));
                continue;
            }
            var refused = Assert.Throws<PeopleException>(() => single.Mentions("kushner"));
            Assert.Equal(refused.Message, (await Assert.ThrowsAsync<PeopleException>(() => cluster.MentionsAsync("kushner"))).Message);
        }
    }

    [ClusterFact]
    public async Task Mentions_over_their_time_limit_stop_as_in_one_index()
    {
        var budget = new MentionBudget { TimeLimit = TimeSpan.FromMilliseconds(-1) }; // passed at the first look at the clock
        var single = Assert.Throws<SearchTimeoutException>(() => new MentionSearcher(fixture.Index) { Budget = budget }.Mentions("kushner"));
        var cluster = new ClusterSearcher(fixture.Cluster.Orleans.Client, 8) { ShardTimeout = TimeSpan.FromSeconds(30), MentionBudget = budget };
        var stopped = await Assert.ThrowsAsync<SearchTimeoutException>(() => cluster.MentionsAsync("kushner"));
        Assert.Equal(single.Message, stopped.Message);
    }

    /// <summary>A person only the user's file lists, named in the corpus under a spelling the shipped list lacks.</summary>
    private static readonly PeopleList OwnPeople = PeopleList.Load("own-people.json", System.Text.Encoding.UTF8.GetBytes(
        """{"people": [{"id": "omerov", "name_en": "Rustem Omerov", "name_ar": "رستم أومروف", "aliases": ["Omerov", "أومروف"]}]}"""));

    [ClusterFact]
    public async Task A_people_file_is_loaded_by_the_shards_as_by_one_index()
    {
        var single = new MentionSearcher(fixture.Index, OwnPeople) { Budget = MentionBudget.Unlimited }.Mentions("omerov");
        var cluster = await fixture.Cluster.Searcher.MentionsAsync("omerov", people: OwnPeople);
        Assert.True(single.Total > 0, "the corpus does not name the file's person");
        Assert.Equal(Comparable(single), Comparable(cluster.Report));

        var searcher = new NewsSearcher(fixture.Index, OwnPeople);
        foreach (var query in new[] { "person:omerov", "Omerov" })
        {
            var one = searcher.Search(new SearchRequest(query));
            var many = (await fixture.Cluster.Searcher.SearchAsync(new SearchRequest(query), OwnPeople)).Results;
            Assert.Equal(one.TotalHits + one.PartialTotal, many.TotalHits + many.PartialTotal);
            Assert.Equal(one.Hits.Select(h => h.Article.Id).Order(), many.Hits.Select(h => h.Article.Id).Order());
            Assert.Equal(JsonSerializer.Serialize(one.Help), JsonSerializer.Serialize(many.Help));
        }
        Assert.True(searcher.Search(new SearchRequest("person:omerov")).TotalHits > 0);
        Assert.NotEmpty(searcher.Search(new SearchRequest("Omerov")).Help.People);
    }

    /// <summary>Everything a user sees of a mention report (articles, mentions with offsets and reasons, counts, timeline), as text.</summary>
    private static string Comparable(MentionReport report) => JsonSerializer.Serialize(new
    {
        report.Total, report.Articles, report.Doubtful, report.Excluded, report.AlsoWritten, report.WithVariants,
        report.Person.FormTexts, Timeline = MentionTimeline.From(report),
    });

    public static TheoryData<string, int, string?> Related => new()
    {
        { "t0001", 10, null },
        { "t0042", 5, null },
        { "t0300", 20, "okaz" },
        { "r1", 10, null },
    };

    [ClusterTheory]
    [MemberData(nameof(Related))]
    public async Task Related_articles_rank_and_score_as_in_one_index(string id, int count, string? source)
    {
        var request = new RelatedRequest(id) { Count = count, Filter = source is null ? SearchFilter.None : new SearchFilter { Sources = [source] } };
        var single = fixture.Single.Related(request)!;
        var cluster = await fixture.Cluster.Searcher.RelatedAsync(request);

        Assert.NotNull(cluster);
        Assert.Equal(0, cluster.Shards.Missing);
        Assert.Equal(single.Article, cluster.Results.Article);
        Assert.Equal(single.Hits.Count, cluster.Results.Hits.Count);
        Assert.True(single.Hits.Count > 0);
        Assert.Equal(single.Hits.Select(h => h.Rank), cluster.Results.Hits.Select(h => h.Rank));
        Assert.Equal(single.Hits.Select(h => h.Score), cluster.Results.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) <= 1e-4);
        var deeper = fixture.Single.Related(request with { Count = RelatedRequest.MaxCount })!.Hits;
        for (var i = 0; i < single.Hits.Count; i++)
        {
            if (single.Hits[i].Article.Id == cluster.Results.Hits[i].Article.Id)
            {
                Assert.Equal(single.Hits[i].Lead, cluster.Results.Hits[i].Lead);
                continue;
            }
            var there = deeper.FirstOrDefault(h => h.Article.Id == cluster.Results.Hits[i].Article.Id);
            Assert.True(there is not null && Math.Abs(there.Score - cluster.Results.Hits[i].Score) <= 1e-4,
                $"rank {i + 1}: one index has {single.Hits[i].Article.Id}, the cluster {cluster.Results.Hits[i].Article.Id}");
        }
    }

    [ClusterFact]
    public async Task Related_to_an_id_no_shard_holds_is_nothing()
    {
        Assert.Null(fixture.Single.Related(new RelatedRequest("no-such-id")));
        Assert.Null(await fixture.Cluster.Searcher.RelatedAsync(new RelatedRequest("no-such-id")));
    }

    /// <summary>
    /// Hits of equal score may come in another order (Lucene breaks ties by document number, and documents are
    /// numbered per shard): where the ids differ, the cluster's hit must be one the single index scores the same.
    /// </summary>
    private static void SameIdsUpToTies(IReadOnlyList<SearchHit> single, IReadOnlyList<SearchHit> cluster, IReadOnlyList<SearchHit> singleDeeper)
    {
        for (var i = 0; i < single.Count; i++)
        {
            if (single[i].Article.Id == cluster[i].Article.Id) continue;
            var there = singleDeeper.FirstOrDefault(h => h.Article.Id == cluster[i].Article.Id);
            Assert.True(there is not null && Math.Abs(there.Score - cluster[i].Score) <= 1e-4,
                $"rank {i + 1}: one index has {single[i].Article.Id} ({single[i].Score}), the cluster {cluster[i].Article.Id} ({cluster[i].Score})");
        }
    }

    private sealed class SnippetText : IEqualityComparer<Core.Snippets.Snippet>
    {
        public static readonly SnippetText Instance = new();
        public bool Equals(Core.Snippets.Snippet? a, Core.Snippets.Snippet? b) => a!.Text == b!.Text && a.Start == b.Start && a.Marks.SequenceEqual(b.Marks);
        public int GetHashCode(Core.Snippets.Snippet s) => s.Start;
    }
}
