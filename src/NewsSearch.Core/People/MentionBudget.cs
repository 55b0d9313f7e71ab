using Lucene.Net.Search;
using NewsSearch.Core.Searching;

namespace NewsSearch.Core.People;

/// <summary>
/// What one mention search may cost, like a search's time limit: how many name forms it may look up, how many
/// mentions it may gather (each becomes an object with its sentence, so this bounds its memory), and how long it
/// may take, checked while it gathers. Over a cap it is refused with <see cref="PeopleException"/> (a name that
/// common is no one person's); past the time it stops with <see cref="SearchTimeoutException"/>. Either way
/// nothing has been written yet, so an API answers 400 or 503, never a cut body.
/// </summary>
public sealed record MentionBudget
{
    /// <summary>The listed person with the most names has about a tenth of this (names × clitic prefixes).</summary>
    public const int DefaultMaxForms = 300;
    /// <summary>Far above any listed person in the corpora; a common word typed as a name passes it.</summary>
    public const int DefaultMaxMentions = 20_000;

    public int MaxForms { get; init; } = DefaultMaxForms;
    public int MaxMentions { get; init; } = DefaultMaxMentions;
    public TimeSpan TimeLimit { get; init; } = NewsSearcher.DefaultTimeLimit;

    /// <summary>The clock the time limit is measured on, in milliseconds; tests replace it.</summary>
    internal Lucene.Net.Util.Counter Clock { get; init; } = WallClock.Instance;

    /// <summary>No limit: the background count of the listed people.</summary>
    public static readonly MentionBudget Unlimited = new()
        { MaxForms = int.MaxValue, MaxMentions = int.MaxValue, TimeLimit = TimeSpan.MaxValue };

    internal Spending Start(PersonForms person)
    {
        if (person.Forms.Count > MaxForms)
            throw new PeopleException($"\"{person.Name}\" has {person.Forms.Count} forms to look up, more than {MaxForms}");
        return new Spending(this, person.Name);
    }

    /// <summary>
    /// Refuses a search that gathered more mentions than <see cref="MaxMentions"/>: while one index gathers them, and
    /// over a cluster once its shards' mentions are added up.
    /// </summary>
    /// <exception cref="PeopleException">More mentions than the cap.</exception>
    internal void CheckMentions(string name, int mentions)
    {
        if (mentions > MaxMentions)
            throw new PeopleException($"\"{name}\" is mentioned more than {MaxMentions:N0} times: " +
                "too common to be one person's name; give a fuller name");
    }

    /// <summary>One search's use of the budget.</summary>
    internal sealed class Spending(MentionBudget budget, string name)
    {
        private readonly long start = budget.Clock.Value;
        private int mentions;

        /// <summary>The mentions gathered so far (each match of a form, before those of one name are joined).</summary>
        public int Mentions => mentions;

        /// <summary>Counts one more mention gathered; looks at the clock every 256.</summary>
        public void Mention()
        {
            budget.CheckMentions(name, ++mentions);
            if ((mentions & 0xFF) == 0) CheckTime();
        }

        public void CheckTime()
        {
            if (budget.TimeLimit == TimeSpan.MaxValue) return;
            if (budget.Clock.Value - start > (long)budget.TimeLimit.TotalMilliseconds)
                throw new SearchTimeoutException(budget.TimeLimit,
                    $"the mentions of \"{name}\" took longer than {budget.TimeLimit.TotalSeconds:0.###} s to gather " +
                    "and the search was stopped; give a fuller name");
        }
    }
}
