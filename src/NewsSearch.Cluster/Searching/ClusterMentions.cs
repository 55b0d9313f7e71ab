using System.Diagnostics;
using System.Text.Json;
using NewsSearch.Cluster.Shards;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Cluster.Searching;

/// <summary>
/// <c>mentions</c> over every shard, with Core's <see cref="MentionFinder"/> split where one index would need the
/// whole: (1) every shard gives the spellings near the person's surname it holds, with their counts; (2) the
/// coordinator sums them and picks the other spellings as one index would; (3) every shard finds and resolves its
/// articles' mentions under the listed forms and those spellings; (4) the coordinator orders them and tells which
/// spellings name the person. Resolution reads only one article, so it is the same on any shard. The mention budget
/// is one index's: each shard gathers within it, and the mentions all shards gathered together must fit its cap.
/// </summary>
internal sealed class ClusterMentions(ShardCalls calls, MentionBudget budget)
{
    /// <param name="people">Who is on the list: the shards load the same (<see cref="PeopleFile"/>).</param>
    public async Task<ClusterMentionReport> FindAsync(string name, bool withVariants, PeopleList people)
    {
        var clock = Stopwatch.StartNew();
        var person = PersonForms.Resolve(people, name);
        var file = PeopleFile.Of(people);
        var missing = new HashSet<int>();
        var near = await calls.AskAll(missing, calls.All, shard => shard.SpellingCandidates(name, file), a => a.Ready);
        var spellings = MentionFinder.OtherSpellings(person,
            SpellingCandidate.Sum(near.Values.SelectMany(a => Read<List<SpellingCandidate>>(a))));
        string[] terms = [.. spellings.Select(s => s.Term)], stems = [.. spellings.Select(s => s.Stem)];
        var limits = JsonSerializer.Serialize(budget);
        var found = (await calls.AskAll(missing, near.Keys, shard => shard.Mentions(name, terms, stems, file, limits), a => a.Ready))
            .Values.Select(Read<GatheredMentions>).ToList();
        budget.CheckMentions(person.Name, found.Sum(f => f.Gathered));
        var report = MentionFinder.Report(person, found.SelectMany(f => f.Articles), spellings, withVariants);
        return new ClusterMentionReport(report, calls.Answered(missing), clock.Elapsed);
    }

    /// <exception cref="PeopleException">A shard refused: the name is too common.</exception>
    /// <exception cref="SearchTimeoutException">A shard refused: its mentions took longer than the budget allows.</exception>
    private T Read<T>(ShardAnswer answer) => answer switch
    {
        { Refused: { } refused, TimedOut: true } => throw new SearchTimeoutException(budget.TimeLimit, refused),
        { Refused: { } refused } => throw new PeopleException(refused),
        _ => JsonSerializer.Deserialize<T>(answer.Json)!,
    };
}
