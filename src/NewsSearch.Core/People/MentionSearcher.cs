using NewsSearch.Core.Indexing;
using NewsSearch.Core.Searching;

namespace NewsSearch.Core.People;

/// <summary>
/// Who is mentioned where, over one index: every mention of a person (<see cref="Mentions"/>) and the spellings
/// of a name found in the index (<see cref="Variants"/>). Reads through the index's <see cref="NewsIndex.Searcher"/>; safe for concurrent
/// use.
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

    /// <summary>What one <see cref="Mentions"/> may cost; the background count of the listed people has no limit.</summary>
    public MentionBudget Budget { get; init; } = new();

    /// <exception cref="PeopleException">
    /// The name has no letters, is too short or common to be a name, belongs to more than one person, or is mentioned
    /// more often than <see cref="Budget"/> allows.
    /// </exception>
    /// <exception cref="Searching.SearchTimeoutException">Gathering the mentions took longer than <see cref="Budget"/> allows.</exception>
    /// <param name="withVariants">Count in the mentions under spellings the people list lacks (<see
    /// cref="MentionReport.AlsoWritten"/>).</param>
    public MentionReport Mentions(string name, bool withVariants = false) =>
        shared.Use(s => MentionFinder.Find(s, PersonForms.Resolve(People, name), Budget, withVariants));

    /// <summary>
    /// The ids of the articles that write <paramref name="person"/>'s name but where no mention counts (each resolved
    /// <see cref="Resolution.Doubtful"/> or <see cref="Resolution.Other"/>), which a <c>person:</c> search leaves out, so
    /// that it finds the articles <see cref="Mentions"/> counts. Found once per commit and person, or read from the
    /// listed people's count when that is of the latest commit (<see cref="CountInBackground"/>). Empty for a name not on
    /// the people list, whose matches all count.
    /// </summary>
    public IReadOnlyCollection<string> ArticlesNotCounted(PersonForms person)
    {
        if (person.Person is not { } listed) return [];
        return shared.Use(s =>
        {
            if (counted is { } listedNow && ReferenceEquals(listedNow.Reader, s.IndexReader) && person.OtherSpellings.Count == 0
                && listedNow.NotCounted.TryGetValue(listed.Id, out var counting))
                return counting;
            var known = notCounted;
            if (!ReferenceEquals(known.Reader, s.IndexReader)) notCounted = known = new NotCountedAt(s.IndexReader);
            return known.Ids.GetOrAdd(listed.Id, _ => NotCountedIn(MentionFinder.Find(s, person)));
        });
    }

    /// <summary>The articles of a mention search where no mention counts.</summary>
    private static IReadOnlyCollection<string> NotCountedIn(MentionReport report) =>
        report.Found.Where(a => !a.Mentions.Any(m => m.Counted)).Select(a => a.Id).ToList();

    /// <summary>The articles left out per person id, found at one commit: replaced whole, so a reader never pairs one
    /// commit with another's articles.</summary>
    private sealed record NotCountedAt(Lucene.Net.Index.IndexReader? Reader)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyCollection<string>> Ids { get; } = new();
    }

    private volatile NotCountedAt notCounted = new(null);

    /// <exception cref="PeopleException">The name has no letters or no Arabic word, or belongs to more than one person.</exception>
    public NameVariantReport Variants(string name, int max = DefaultMaxVariants) =>
        shared.Use(s => NameVariantFinder.Find(s, PersonForms.Resolve(People, name), max));

    /// <summary>
    /// Every listed person's number of mentions, by id. Counted once per index commit (a full mention search per
    /// person costs seconds on tens of thousands of articles) and then answered from memory until the next commit.
    /// </summary>
    public IReadOnlyDictionary<string, int> MentionCounts() => ListedMentions().Counts;

    /// <summary>
    /// The listed people's mentions at the latest commit, counted now unless already counted for it (see
    /// <see cref="MentionCounts"/>); <see cref="ListedMentions.ByArticle"/> tells whom each article names.
    /// </summary>
    public ListedMentions ListedMentions() => shared.Use(s =>
    {
        if (counted is { } known && ReferenceEquals(known.Reader, s.IndexReader)) return known;
        var reports = People.People.Select(p => MentionFinder.Find(s, PersonForms.Resolve(People, p.Id))).ToList();
        var listed = new ListedMentions(s.IndexReader,
            reports.ToDictionary(r => r.Person.Person!.Id, r => r.Total),
            reports.SelectMany(r => r.Articles.Select(a => (Article: a.Id, Person: new PersonCount(r.Person.Person!, a.Count))))
                .GroupBy(x => x.Article)
                .ToDictionary(g => g.Key,
                    g => (IReadOnlyList<PersonCount>)[.. g.Select(x => x.Person).OrderByDescending(p => p.Mentions)]))
        {
            NotCounted = reports.ToDictionary(r => r.Person.Person!.Id, NotCountedIn),
        };
        counted = listed;
        return listed;
    });

    /// <summary>
    /// The listed people's mentions as last counted, while the latest commit is counted in the background
    /// (<see cref="CountInBackground"/>): only before the first count has finished does a caller wait. What the API's
    /// people and an article's people read, from one index or a cluster's shard.
    /// </summary>
    public async Task<ListedMentions> LatestListedMentionsAsync()
    {
        var counting = CountInBackground();
        return LastListedMentions ?? await counting;
    }

    /// <summary>The last <see cref="ListedMentions()"/> counted, maybe at an earlier commit; null before the first.</summary>
    public ListedMentions? LastListedMentions => counted;

    /// <summary>
    /// Counts the listed people's mentions at the latest commit on a worker thread unless they are counted or being
    /// counted, so that no request waits for them; the task ends when they are.
    /// </summary>
    public Task<ListedMentions> CountInBackground()
    {
        lock (counting)
        {
            if (countingTask is { IsCompleted: false }) return countingTask;
            if (counted is { } known && shared.Use(s => ReferenceEquals(known.Reader, s.IndexReader))) return Task.FromResult(known);
            return countingTask = Task.Run(ListedMentions);
        }
    }

    private readonly System.Threading.Lock counting = new();
    private Task<ListedMentions>? countingTask;
    private volatile ListedMentions? counted;
}
