using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Shards;

/// <summary>
/// A shard's side of <c>mentions</c>: first the spellings near a listed person's surname that it holds, with their
/// counts (the coordinator sums them and picks the other spellings as one index would), then its articles naming the
/// person under the listed forms and those spellings, each mention resolved by Core's rules.
/// </summary>
internal sealed class ShardMentions(NewsIndex index)
{
    public List<SpellingCandidate> SpellingCandidates(PersonForms person) =>
        index.Searcher.Use(s => MentionFinder.SpellingCandidates(s, person));

    /// <exception cref="PeopleException">The name is mentioned more often than a mention search may gather.</exception>
    /// <exception cref="Core.Searching.SearchTimeoutException">Gathering took longer than a mention search may.</exception>
    public GatheredMentions Candidates(PersonForms person, IReadOnlyCollection<(string Term, string Stem)> spellings,
        MentionBudget budget) => index.Searcher.Use(s =>
    {
        var articles = MentionFinder.Candidates(s, person, spellings, budget, out var gathered);
        return new GatheredMentions(articles, gathered);
    });
}
