using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Snippets;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Answers queries against one index through the index's <see cref="NewsIndex.Searcher"/> (seeing its latest commit
/// when created, and after each <see cref="SharedSearcher.Refresh"/>), safe for concurrent use. Snippets are built
/// only for the page shown.
/// </summary>
public sealed class NewsSearcher
{
    private readonly SharedSearcher shared;
    private NewsQueryParser parser;
    private readonly LiteralQueryBuilder literal;
    private readonly SpellingVariants variants;
    private readonly SearchAdvisor advisor;
    /// <summary>Reads queries (<see cref="IndexSchema.QueryAnalyzer"/>).</summary>
    private readonly Lucene.Net.Analysis.Analyzer analyzer = IndexSchema.QueryAnalyzer;
    /// <summary>Reads an article's own text, as the index did (the related articles' like-query, as a cluster's shards read it).</summary>
    private static readonly Lucene.Net.Analysis.Analyzer ArticleAnalyzer = IndexSchema.Analyzer;

    /// <summary>
    /// How long one search (with its search for some of the words, if any) may collect hits before it is stopped
    /// with <see cref="SearchTimeoutException"/>: Lucene's search is synchronous and cannot be cancelled, so this
    /// bounds what one query can cost.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How the articles with all the words are ranked: null for the query language's own BM25 over the stemmed
    /// fields, or a <see cref="Ranking"/> for <see cref="LiteralQueryBuilder"/>'s (docs/relevance.md).
    /// </summary>
    public Ranking? AllWordsRanking { get; init; } = DefaultAllWordsRanking;
    /// <summary><c>--literal</c>'s own ranking: measured best on both dev sets (docs/relevance.md, "All words first, then some").</summary>
    public static readonly Ranking? DefaultAllWordsRanking = Ranking.Default;

    /// <summary>Whether a word also matches its verb's other tenses and persons (<see cref="VerbTenses"/>); on by default.</summary>
    internal bool JoinsVerbTenses
    {
        get => parser.JoinsVerbTenses;
        init => parser = parser.WithVerbTenses(value);
    }

    /// <summary>
    /// Told each step of <see cref="Search"/> as it ends (<see cref="SearchStep"/>); the benchmark's stopwatch profile
    /// listens, everything else leaves it null.
    /// </summary>
    public Action<SearchStep>? StepEnded { get; init; }

    /// <summary>The clock the time limit is measured on, in milliseconds; tests replace it.</summary>
    internal Lucene.Net.Util.Counter Clock { get; init; } = WallClock.Instance;

    /// <summary>Spelling variants are the index's (<see cref="NewsIndex.SpellingVariants"/>).</summary>
    /// <param name="people">Who <c>person:</c> queries know (default: the shipped people list).</param>
    public NewsSearcher(NewsIndex index, PeopleList? people = null)
    {
        shared = index.Searcher;
        shared.Refresh();
        var variants = index.SpellingVariants;
        Mentions = new MentionSearcher(index, people);
        parser = new NewsQueryParser(analyzer, variants, people, Mentions.ArticlesNotCounted);
        literal = new LiteralQueryBuilder(analyzer, Ranking.Default, variants);
        this.variants = variants;
        advisor = new SearchAdvisor(analyzer, Mentions.People);
    }

    /// <summary>
    /// The mentions over the same index and people list, whose listed people's count (<see
    /// cref="MentionSearcher.CountInBackground"/>) also tells <c>person:</c> which articles to leave out: share it
    /// rather than making another.
    /// </summary>
    public MentionSearcher Mentions { get; }

    /// <summary>
    /// The page of hits for the request. Articles with all the words come first and <see cref="SearchResults.TotalHits"/>
    /// counts them; when they do not fill the requested window, a query of two or more words and phrases (no operators)
    /// goes on with the articles that hold only some of its words, ranked like <c>--literal</c>, from
    /// <see cref="SearchResults.PartialFromRank"/> on. Both searches together are bounded by <see cref="TimeLimit"/>.
    /// Few or no hits come with <see cref="SearchResults.Help"/>.
    /// </summary>
    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = Parse(request);
        StepEnded?.Invoke(SearchStep.Parse);
        return shared.Use(searcher =>
        {
            var budget = new SearchBudget(Clock, (long)TimeLimit.TotalMilliseconds);
            var filter = LuceneFilters.For(parsed.Filter, searcher.IndexReader);
            var first = (request.Page - 1) * request.PageSize;
            var weights = new SharedWeights(searcher);
            var all = Collect(searcher, AllWordsRanked(parsed, weights), filter, request.Order, first + request.PageSize, budget);
            StepEnded?.Invoke(SearchStep.AllWords);
            var page = all.Top.GetTopDocs(first, request.PageSize).ScoreDocs;
            var results = new SearchResults(all.Total, Hits(searcher, parsed.Query, page, first, request.Snippets), TimeSpan.Zero)
            {
                Counts = all.Counts,
                Filter = parsed.Filter,
                UndatedExcluded = parsed.Filter.HasDateRange
                    ? CountHits(searcher, parsed.Query, LuceneFilters.Undated(parsed.Filter, searcher.IndexReader))
                    : 0,
            };
            StepEnded?.Invoke(SearchStep.AllWordsPage);
            if (all.Total < first + request.PageSize && SomeWordsParts(parsed) is { } parts)
                results = Widened(searcher, results, SomeWordsWeighted(parts, weights), SomeWordsPlain(parts), filter, request, budget);
            results = results with { Help = advisor.Advise(searcher, request, parsed.Filter, results) };
            StepEnded?.Invoke(SearchStep.Help);
            return results with { Took = clock.Elapsed };
        });
    }

    /// <summary>
    /// The all-words results followed by the articles with only some of the words that fall in the requested window;
    /// ranks run on across the divider, so pages neither overlap nor leave gaps. <paramref name="shown"/> is the
    /// some-words query whose words the snippets mark (<paramref name="someWords"/> as searched, with shared weights).
    /// </summary>
    private SearchResults Widened(IndexSearcher searcher, SearchResults allWords, Query someWords, Query shown, Filter? filter,
        SearchRequest request, SearchBudget budget)
    {
        var before = allWords.TotalHits;
        var first = Math.Max(0, (request.Page - 1) * request.PageSize - before);
        var some = Collect(searcher, someWords, filter, request.Order, request.Page * request.PageSize - before, budget);
        StepEnded?.Invoke(SearchStep.SomeWords);
        if (some.Total == 0) return allWords;
        var page = some.Top.GetTopDocs(first, request.PageSize - allWords.Hits.Count).ScoreDocs;
        var hits = Hits(searcher, shown, page, before + first, request.Snippets);
        StepEnded?.Invoke(SearchStep.SomeWordsPage);
        return allWords with
        {
            Hits = [.. allWords.Hits, .. hits],
            PartialTotal = some.Total,
            PartialFromRank = before + 1,
            Counts = before == 0 ? some.Counts : allWords.Counts,
        };
    }

    /// <summary>The best of one search up to the window's end, how many it found, and their counts per source and day.</summary>
    private sealed record Collected(ITopDocsCollector Top, int Total, ArticleCounts Counts);

    private Collected Collect(IndexSearcher searcher, Query query, Filter? filter, ResultOrder order, int size, SearchBudget budget)
    {
        var top = TopCollector(order, size);
        var counts = new ArticleCountCollector();
        SearchWithinLimit(searcher, query, filter, MultiCollector.Wrap(top, counts), budget);
        return new Collected(top, top.TotalHits, counts.ToCounts());
    }

    /// <summary>What is left of one request's time limit, in ticks of <see cref="Clock"/> (milliseconds).</summary>
    private sealed class SearchBudget(Lucene.Net.Util.Counter clock, long allowed)
    {
        private readonly long start = clock.Value;
        public long Left => allowed - (clock.Value - start);
    }

    /// <summary>The stored article with exactly this id, or null when the index holds none.</summary>
    public Article? GetArticle(string id) => ArticleWithMarks(id, null)?.Article;

    /// <summary>What the whole index holds: every article counted per source and per UTC day.</summary>
    public ArticleCounts Summary() => shared.Use(searcher =>
    {
        var counts = new ArticleCountCollector();
        searcher.Search(new MatchAllDocsQuery(), counts);
        return counts.ToCounts();
    });

    /// <summary>
    /// The stored article with exactly this id and where the query's words and phrases are in its title and body (its
    /// filters are ignored), both read from one commit; the marks are null without a query or when the query does not
    /// parse. Null when no article has the id.
    /// </summary>
    public (Article Article, ArticleMarks? Marks)? ArticleWithMarks(string id, string? query) =>
        shared.Use<(Article, ArticleMarks?)?>(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
            if (top.ScoreDocs.Length == 0) return null;
            var doc = top.ScoreDocs[0].Doc;
            var article = IndexSchema.ToArticle(searcher.Doc(doc));
            return (article, MarkedQuery(query) is not { } marked ? null : new ArticleMarks(
                MarksIn(searcher, marked, doc, article.Title, [IndexSchema.Title, IndexSchema.TitleExact]),
                MarksIn(searcher, marked, doc, article.Body, [IndexSchema.Body, IndexSchema.BodyExact])));
        });

    /// <summary>The query whose matches an article's marks show: none without one, or when it does not parse.</summary>
    private Query? MarkedQuery(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return null;
        try { return Parse(new SearchRequest(query)).Query; }
        catch (QuerySyntaxException) { return null; }
    }

    private static IReadOnlyList<Mark> MarksIn(IndexSearcher searcher, Query query, int doc, string text, string[] fields) =>
        [.. new MatchFinder(searcher, query, fields).Find(doc, text).SelectMany(m => m.Tokens).Distinct().OrderBy(m => m.Start)];

    private Query LiteralQuery(string text)
    {
        QueryLength.Check(text);
        return literal.Build(text)
               ?? throw new QuerySyntaxException("the query has no word to search for (only stop words or punctuation)");
    }

    /// <summary>Every outlet in the index with its article count and date range, biggest first.</summary>
    public IReadOnlyList<SourceInfo> Sources() => shared.Use(searcher => SourceList.Read(searcher.IndexReader));

    /// <summary>
    /// The articles most like one article, other outlets first; null when no article has that id. Bounded by
    /// <see cref="TimeLimit"/> like a search.
    /// </summary>
    public RelatedResults? Related(RelatedRequest request)
    {
        var clock = Stopwatch.StartNew();
        return shared.Use(searcher =>
        {
            var budget = new SearchBudget(Clock, (long)TimeLimit.TotalMilliseconds);
            return RelatedArticles.Find(searcher, request, ArticleAnalyzer,
                    (query, filter, count) => TopWithinLimit(searcher, query, filter, count, budget))
                is { } related ? related with { Took = clock.Elapsed } : null;
        });
    }

    /// <summary>The best-scored <paramref name="count"/> hits, within what is left of the request's time limit.</summary>
    private TopDocs TopWithinLimit(IndexSearcher searcher, Query query, Filter? filter, int count, SearchBudget budget)
    {
        var top = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
        SearchWithinLimit(searcher, query, filter, top, budget);
        return top.GetTopDocs();
    }

    /// <summary>
    /// A request's scored query, its filters, and the words to search some of if the query finds nothing (null when
    /// it may not fall back: literal text, filters only). The fallback is built only then, off the common path.
    /// </summary>
    internal sealed record ParsedRequest(Query Query, string? Words, SearchFilter Filter)
    {
        /// <summary>
        /// The words as <c>--literal</c> ranks them (<see cref="Ranking.Default"/>), built the first time a part of the
        /// search asks (the all-words ranking, the some-words search) and then shared; null without words.
        /// </summary>
        public Lazy<Query?> LiteralRanking { get; init; } = new((Query?)null);
    }

    /// <summary>The filters are the request's and the query's own source:/date:.</summary>
    internal ParsedRequest Parse(SearchRequest request)
    {
        var (words, inline) = FilterSyntax.Extract(request.Query);
        var filter = request.Filter.And(inline);
        filter.Validate();
        if (string.IsNullOrWhiteSpace(words) && !filter.IsEmpty) return new(new MatchAllDocsQuery(), null, filter);
        if (request.Literal) return new(LiteralQuery(words), null, filter);
        return new(parser.Parse(words), words, filter) { LiteralRanking = new(() => Literal(() => literal.Build(words))) };
    }

    /// <summary>
    /// The articles that hold some of the words but not all (<see cref="LiteralQueryBuilder.Holding"/>: a word's stem,
    /// exact form, or every trigram of its stem), ranked as <c>--literal</c> ranks them: stems, exact forms, trigrams,
    /// proximity and the share of the words they hold. Null for a query of one word or one with more than words and phrases.
    /// </summary>
    internal Query? SomeWordsOnly(ParsedRequest parsed) => SomeWordsParts(parsed) is { } parts ? SomeWordsPlain(parts) : null;

    /// <summary>
    /// The parts of <see cref="SomeWordsOnly"/>, analysed once per search: the literal ranking, what holds a word, and the
    /// parsed words.
    /// </summary>
    private (Query Ranked, Query Holding, BooleanQuery AllWords)? SomeWordsParts(ParsedRequest parsed)
    {
        if (parsed.Words is not { } words || !NewsQueryParser.OnlyWordsAndPhrases(words)) return null;
        if (parsed.Query is not BooleanQuery { Clauses.Count: > 1 } each || each.Clauses.Any(c => c.Occur != Occur.MUST)) return null;
        if (Excludes(each)) return null;
        if (parsed.LiteralRanking.Value is not { } ranked || Literal(() => literal.Holding(words)) is not { } holding) return null;
        return (ranked, holding, each);
    }

    /// <summary>
    /// The same articles as <see cref="SomeWordsPlain"/>, read from the postings without scoring
    /// (<see cref="SomeWordsFilter"/>), ranked with the weights shared with <see cref="AllWordsRanked"/>.
    /// </summary>
    private static Query SomeWordsWeighted((Query Ranked, Query Holding, BooleanQuery AllWords) parts, SharedWeights weights) =>
        new FilteredQuery(weights.Of(parts.Ranked),
            new SomeWordsFilter(weights, parts.Holding, parts.AllWords.Clauses.Select(c => c.Query)));

    /// <summary>The some-words query as one plain query: what the snippets mark and a cluster's shards search.</summary>
    private static Query SomeWordsPlain((Query Ranked, Query Holding, BooleanQuery AllWords) parts)
    {
        // The words as the query parser reads them (a prefix's expansions) hold them as well.
        var any = new BooleanQuery(disableCoord: true) { { parts.Holding, Occur.SHOULD } };
        foreach (var clause in parts.AllWords.Clauses) any.Add(clause.Query, Occur.SHOULD);
        return new BooleanQuery(disableCoord: true)
        {
            { new ConstantScoreQuery(any) { Boost = 0 }, Occur.MUST },
            { parts.Ranked, Occur.MUST },
            { parts.AllWords, Occur.MUST_NOT },
        };
    }

    /// <summary>
    /// What ranks the articles with all the words: the parsed query itself, or, when <see cref="AllWordsRanking"/> is
    /// set and the query is only words and phrases, none of them a prefix, wildcard or fuzzy word (whose expansions
    /// only the parsed query scores: <see cref="ExpandingWords"/>), the parsed query as a filter scored by
    /// <see cref="LiteralQueryBuilder"/>.
    /// With <paramref name="weights"/>, its parts are weighted once per search, shared with <see cref="SomeWordsWeighted"/>.
    /// </summary>
    internal Query AllWordsRanked(ParsedRequest parsed, SharedWeights? weights = null)
    {
        if (AllWordsRanking is not { } ranking || parsed.Words is not { } words || !NewsQueryParser.OnlyWordsAndPhrases(words)
            || Excludes(parsed.Query) || ExpandingWords.In(parsed.Query)
            || (ranking == Ranking.Default
                    ? parsed.LiteralRanking.Value
                    : Literal(() => new LiteralQueryBuilder(analyzer, ranking, variants).Build(words))) is not { } ranked)
            return parsed.Query;
        return new BooleanQuery(disableCoord: true)
        {
            { new ConstantScoreQuery(AllOf(parsed.Query, weights)) { Boost = 0 }, Occur.MUST },
            { weights?.Of(ranked) ?? ranked, Occur.SHOULD },
        };
    }

    /// <summary>
    /// The parsed query as a filter: with shared weights, a query of required words as the conjunction of its words'
    /// weighted clauses, which the some-words search also holds one by one.
    /// </summary>
    private static Query AllOf(Query allWords, SharedWeights? weights)
    {
        if (weights is null) return allWords;
        if (allWords is not BooleanQuery { Clauses.Count: > 1 } each || each.Clauses.Any(c => c.Occur != Occur.MUST))
            return weights.Of(allWords);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var clause in each.Clauses) all.Add(weights.Of(clause.Query), Occur.MUST);
        return all;
    }

    /// <summary>
    /// A literal query for ranking or widening, or null when it would have more clauses than Lucene allows (a very long
    /// word has hundreds of trigrams): the query is then searched as the query language reads it, which it accepted.
    /// </summary>
    private static Query? Literal(Func<Query?> build)
    {
        try { return build(); }
        catch (BooleanQuery.TooManyClausesException) { return null; }
    }

    /// <summary>True when the query, at any depth, excludes something: dropping words must never bring it back.</summary>
    private static bool Excludes(Query query) =>
        query is BooleanQuery boolean && boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT || Excludes(c.Query));

    /// <param name="fillFields">Keep each hit's sort values (a cluster merges shards' pages by them).</param>
    internal static ITopDocsCollector TopCollector(ResultOrder order, int size, bool fillFields = false) =>
        SortFor(order) is { } sort
            ? TopFieldCollector.Create(sort, size, fillFields, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(size, docsScoredInOrder: true);

    /// <summary>The sort of a date order; null for relevance.</summary>
    internal static Sort? SortFor(ResultOrder order)
    {
        if (order == ResultOrder.Relevance) return null;
        var newest = order == ResultOrder.Newest;
        var byDate = new SortField(IndexSchema.Published, SortFieldType.INT64, newest);
        byDate.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        // Equal dates fall back to the article id, so the order does not depend on which writer thread indexed what.
        return new Sort(byDate, new SortField(IndexSchema.Id, SortFieldType.STRING));
    }

    private void SearchWithinLimit(IndexSearcher searcher, Query query, Filter? filter, ICollector collector, SearchBudget budget)
    {
        if (budget.Left <= 0) throw new SearchTimeoutException(TimeLimit);
        try
        {
            searcher.Search(query, filter, new TimeLimitingCollector(collector, Clock, budget.Left));
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            throw new SearchTimeoutException(TimeLimit);
        }
    }

    /// <summary>How many articles the query finds through the filter (a cluster's shards count their undated hits so).</summary>
    internal static int CountHits(IndexSearcher searcher, Query query, Filter? filter)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(query, filter, count);
        return count.TotalHits;
    }

    /// <summary>The page's hits with snippets; match finding (which expands prefixes) only runs when there is a page to show.</summary>
    internal static List<SearchHit> Hits(IndexSearcher searcher, Query query, ScoreDoc[] page, int first, bool snippets = true)
    {
        if (page.Length == 0) return [];
        var matches = snippets ? new MatchFinder(searcher, query, [IndexSchema.Body, IndexSchema.BodyExact]) : null;
        return page.Select((hit, i) => ToHit(searcher, matches, hit, first + i + 1)).ToList();
    }

    private static SearchHit ToHit(IndexSearcher searcher, MatchFinder? matches, ScoreDoc hit, int rank)
    {
        var article = IndexSchema.ToArticle(searcher.Doc(hit.Doc));
        var snippets = matches is null ? [] : SnippetBuilder.Build(article.Body, matches.Find(hit.Doc, article.Body));
        return new SearchHit(rank, hit.Score, article, snippets);
    }
}
