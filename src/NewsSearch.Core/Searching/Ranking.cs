using Lucene.Net.Search.Similarities;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.Searching;

/// <summary>
/// How literal-text queries are scored: BM25 parameters, the weight of each field family and the
/// proximity boost for neighbouring query words. <see cref="Default"/> is the configuration measured
/// best on the development collections (docs/relevance.md).
/// </summary>
public sealed record Ranking
{
    public static readonly Ranking Default = new();

    public float K1 { get; init; } = 1.0f;
    public float B { get; init; } = 0.75f;
    /// <summary>Weight of a title match; body matches weigh 1.</summary>
    public float TitleWeight { get; init; } = 2f;
    /// <summary>Weight of the exact-form fields relative to the stemmed ones (0 leaves them out).</summary>
    public float ExactWeight { get; init; } = 0.75f;
    /// <summary>Weight of a word's character trigrams (shared among them) relative to its stemmed form (0: off).</summary>
    public float GramWeight { get; init; } = 1.5f;
    /// <summary>Weight of a pair of neighbouring query words found within <see cref="ProximitySlop"/> (0: off).</summary>
    public float ProximityWeight { get; init; } = 0.5f;
    public int ProximitySlop { get; init; } = 1;
    /// <summary>Also reward neighbouring words in their exact forms (weighted by <see cref="ExactWeight"/>).</summary>
    public bool ExactProximity { get; init; }
    /// <summary>
    /// Weight of a query word found in the first <see cref="LeadLength"/> word positions of the body (0: off):
    /// news is written as an inverted pyramid, its lead says what the article is about.
    /// </summary>
    public float LeadWeight { get; init; } = 0f;
    public int LeadLength { get; init; } = 50;
    /// <summary>Also search a word's spelling variants (<see cref="Analysis.SpellingVariants"/>).</summary>
    public bool Variants { get; init; } = true;
    /// <summary>
    /// Power of the share of the query's words an article contains, by which its score is multiplied (0: off).
    /// A soft AND: at 0.25 an article with 5 of 6 words keeps 96% of its score, one with 3 of 6 keeps 84%.
    /// </summary>
    public float Coordination { get; init; } = 0.25f;
    /// <summary>Share of the query's words an article must contain (0: any one word is enough).</summary>
    public float MinimumShouldMatch { get; init; } = 0f;

    /// <summary>BM25 k1 and b for the trigram fields, when they differ from the word fields'.</summary>
    public float? GramK1 { get; init; }
    public float? GramB { get; init; }

    public Similarity CreateSimilarity()
    {
        var words = new BM25Similarity(K1, B);
        return GramK1 is null && GramB is null ? words : new GramAwareSimilarity(words, new BM25Similarity(GramK1 ?? K1, GramB ?? B));
    }

    private sealed class GramAwareSimilarity(Similarity words, Similarity grams) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) => name is IndexSchema.TitleGrams or IndexSchema.BodyGrams ? grams : words;
    }
}
