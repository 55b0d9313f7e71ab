using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// Turns text into a ranked query without any syntax: quotes, brackets and words like AND are just text.
/// Each word may match in the stemmed and exact-form fields of title and body (scores add up);
/// an article lacking some of the words scores less (<see cref="CoordinatedQuery"/>) and
/// neighbouring words found close together in a field score extra (see <see cref="Ranking"/>).
/// A stemmed word with spelling variants (أميركي/أمريكي) also matches them, as in the query language.
/// </summary>
internal sealed class LiteralQueryBuilder
{
    private readonly Analyzer analyzer;
    private readonly Ranking ranking;
    private readonly SpellingVariants variants;

    public LiteralQueryBuilder(Analyzer analyzer, Ranking ranking, SpellingVariants? variants = null)
    {
        this.analyzer = analyzer;
        this.ranking = ranking;
        this.variants = variants ?? SpellingVariants.Shipped;
    }

    /// <summary>Null when the text holds no searchable word (only stop words or punctuation).</summary>
    public Query? Build(string text)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        var all = ranking.Coordination > 0 ? new CoordinatedQuery(ranking.Coordination) : new BooleanQuery(disableCoord: true);
        foreach (var word in words) all.Add(WordQuery(word), Occur.SHOULD);
        if (ranking.MinimumShouldMatch > 0)
            all.MinimumNumberShouldMatch = (int)Math.Ceiling(ranking.MinimumShouldMatch * words.Count);
        if (ranking.ProximityWeight <= 0 && ranking.LeadWeight <= 0) return all;
        var query = new BooleanQuery(disableCoord: true) { { all, Occur.MUST } };
        if (ranking.LeadWeight > 0)
            foreach (var word in words)
                query.Add(
                    new SpanFirstQuery(SpanTerms(IndexSchema.Body, word.Stemmed), ranking.LeadLength) { Boost = ranking.LeadWeight },
                    Occur.SHOULD);
        for (var i = 1; i < words.Count && ranking.ProximityWeight > 0; i++)
        {
            query.Add(NearQuery(IndexSchema.Title, words[i - 1].Stemmed, words[i].Stemmed, ranking.TitleWeight), Occur.SHOULD);
            query.Add(NearQuery(IndexSchema.Body, words[i - 1].Stemmed, words[i].Stemmed, 1f), Occur.SHOULD);
            if (ranking.ExactProximity)
            {
                query.Add(
                    NearQuery(IndexSchema.TitleExact, words[i - 1].Exact, words[i].Exact, ranking.TitleWeight * ranking.ExactWeight),
                    Occur.SHOULD);
                query.Add(NearQuery(IndexSchema.BodyExact, words[i - 1].Exact, words[i].Exact, ranking.ExactWeight), Occur.SHOULD);
            }
        }
        return query;
    }

    /// <summary>
    /// Articles that hold at least one of the words, unscored: its stem (or a spelling variant), its exact form, or
    /// every trigram of its stem, which finds the stem inside a longer form the stemmer did not take apart (شعيب in
    /// شعيبا, استضافة in لاستضافة) but not a word that merely shares a trigram with it (زرافة and وزراء). A three-letter
    /// stem is its own one trigram, so it is found inside any longer word (زار in وزارة). Null when the text holds no word.
    /// </summary>
    public Query? Holding(string text)
    {
        var words = Words(text);
        if (words.Count == 0) return null;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            foreach (var term in word.Stemmed) AddEither(any, IndexSchema.Title, IndexSchema.Body, term);
            foreach (var term in word.Exact) AddEither(any, IndexSchema.TitleExact, IndexSchema.BodyExact, term);
            if (word.Grams.Count == 0) continue;
            var grams = new BooleanQuery(disableCoord: true);
            foreach (var gram in word.Grams.Distinct()) AddEither(grams, IndexSchema.TitleGrams, IndexSchema.BodyGrams, gram, Occur.MUST);
            any.Add(grams, Occur.SHOULD);
        }
        return new ConstantScoreQuery(any);
    }

    private static void AddEither(BooleanQuery query, string title, string body, string term, Occur occur = Occur.SHOULD) =>
        query.Add(new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(title, term)), Occur.SHOULD },
            { new TermQuery(new Term(body, term)), Occur.SHOULD },
        }, occur);

    /// <summary>A query word: its stemmed terms (none for a stop word) and its exact-form terms.</summary>
    private sealed record Word(IReadOnlyList<string> Stemmed, IReadOnlyList<string> Exact, IReadOnlyList<string> Grams);

    /// <summary>Each word is analysed on its own as written, so stop words drop out whatever the exact-form analysis keeps.</summary>
    private List<Word> Words(string text) =>
        SurfaceWords(text)
            .Select(surface => new Word(WithVariants(Terms(IndexSchema.Title, surface)), Terms(IndexSchema.TitleExact, surface),
                ranking.GramWeight > 0 ? Terms(IndexSchema.TitleGrams, surface) : []))
            .Where(word => word.Stemmed.Count > 0)
            .ToList();

    private List<string> WithVariants(List<string> terms) =>
        ranking.Variants ? terms.SelectMany(t => variants.Of(t) ?? [t]).Distinct(StringComparer.Ordinal).ToList() : terms;

    private List<string> SurfaceWords(string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexSchema.TitleExact, text);
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(text[offsets.StartOffset..offsets.EndOffset]);
        stream.End();
        return words;
    }

    private Query WordQuery(Word word)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in word.Stemmed)
        {
            query.Add(Boosted(IndexSchema.Title, term, ranking.TitleWeight), Occur.SHOULD);
            query.Add(Boosted(IndexSchema.Body, term, 1f), Occur.SHOULD);
        }
        if (ranking.ExactWeight > 0)
            foreach (var term in word.Exact)
            {
                query.Add(Boosted(IndexSchema.TitleExact, term, ranking.TitleWeight * ranking.ExactWeight), Occur.SHOULD);
                query.Add(Boosted(IndexSchema.BodyExact, term, ranking.ExactWeight), Occur.SHOULD);
            }
        foreach (var gram in word.Grams)
        {
            var weight = ranking.GramWeight / word.Grams.Count;
            query.Add(Boosted(IndexSchema.TitleGrams, gram, ranking.TitleWeight * weight), Occur.SHOULD);
            query.Add(Boosted(IndexSchema.BodyGrams, gram, weight), Occur.SHOULD);
        }
        return query;
    }

    private Query NearQuery(string field, IReadOnlyList<string> first, IReadOnlyList<string> second, float fieldWeight) =>
        new SpanNearQuery([SpanTerms(field, first), SpanTerms(field, second)], ranking.ProximitySlop, inOrder: false)
        {
            Boost = fieldWeight * ranking.ProximityWeight,
        };

    private static SpanQuery SpanTerms(string field, IReadOnlyList<string> terms) =>
        terms.Count == 1
            ? new SpanTermQuery(new Term(field, terms[0]))
            : new SpanOrQuery(terms.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t))).ToArray());

    private static TermQuery Boosted(string field, string term, float boost) => new(new Term(field, term)) { Boost = boost };

    private List<string> Terms(string field, string text) => AnalysedTerms.Of(analyzer, field, text);
}
