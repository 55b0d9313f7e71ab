using NewsSearch.Core.Indexing;

namespace NewsSearch.Core.People;

/// <summary>
/// Who is mentioned where, over one index: every mention of a person (<see cref="Mentions"/>) and the spellings
/// of a name found in the index (<see cref="Variants"/>). Reads through the index's <see cref="NewsIndex.Searcher"/>; safe for concurrent use.
/// </summary>
public sealed class MentionSearcher
{
    public const int DefaultMaxVariants = 30;

    private readonly SharedSearcher shared;

    public MentionSearcher(NewsIndex index, PeopleList? people = null)
    {
        shared = index.Searcher;
        shared.Refresh();
        People = people ?? PeopleList.Shipped;
    }

    public PeopleList People { get; }

    /// <exception cref="PeopleException">The name has no letters or belongs to more than one person.</exception>
    public MentionReport Mentions(string name) => shared.Use(s => MentionFinder.Find(s, PersonForms.Resolve(People, name)));

    /// <exception cref="PeopleException">The name has no letters or no Arabic word, or belongs to more than one person.</exception>
    public VariantReport Variants(string name, int max = DefaultMaxVariants) =>
        shared.Use(s => VariantFinder.Find(s, PersonForms.Resolve(People, name), max));

    /// <summary>
    /// Every listed person's number of mentions, by id. Counted once per index commit (a full mention search per
    /// person costs seconds on tens of thousands of articles) and then answered from memory until the next commit.
    /// </summary>
    public IReadOnlyDictionary<string, int> MentionCounts() => shared.Use(s =>
    {
        if (counted is { } known && ReferenceEquals(known.Reader, s.IndexReader)) return known.Counts;
        var counts = People.People.ToDictionary(p => p.Id, p => MentionFinder.Find(s, PersonForms.Resolve(People, p.Id)).Total);
        counted = new CountsAtCommit(s.IndexReader, counts);
        return counts;
    });

    private sealed record CountsAtCommit(Lucene.Net.Index.IndexReader Reader, IReadOnlyDictionary<string, int> Counts);

    private volatile CountsAtCommit? counted;
}
