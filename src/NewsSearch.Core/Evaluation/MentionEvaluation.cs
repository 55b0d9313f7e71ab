using NewsSearch.Core.People;

namespace NewsSearch.Core.Evaluation;

/// <summary>
/// How the resolver does on a <see cref="MentionSet"/>: figures per person and in all, and the confusion between
/// resolutions and labels (a labelled candidate the finder no longer finds is <c>missing</c>). Candidates found but
/// not in the set are counted apart (<see cref="Unlabelled"/>): the set should be rebuilt.
/// </summary>
public sealed record MentionEvaluation(IReadOnlyList<PersonFigures> People, PersonFigures All,
    IReadOnlyDictionary<string, (int Yes, int No)> Confusion, int Unlabelled)
{
    public static readonly IReadOnlyList<string> Rows = ["confirmed", "likely", "doubtful", "other", "missing"];

    public static MentionEvaluation Run(MentionSearcher searcher, MentionSet set)
    {
        var confusion = Rows.ToDictionary(r => r, _ => (Yes: 0, No: 0));
        var people = new List<PersonFigures>();
        var unlabelled = 0;
        foreach (var group in set.Mentions.GroupBy(m => m.Person))
        {
            var found = searcher.Mentions(group.Key).Found
                .SelectMany(a => a.Mentions.Select(m => (Key: (a.Id, m.Field, m.Start), m.Resolution)))
                .ToDictionary(x => x.Key, x => x.Resolution);
            var labelled = group.ToList();
            unlabelled += found.Keys.Except(labelled.Select(m => (m.Article, m.Field, m.Start))).Count();
            var counted = 0;
            var countedRelevant = 0;
            foreach (var m in labelled)
            {
                var row = found.TryGetValue((m.Article, m.Field, m.Start), out var r) ? r.Name() : "missing";
                var cell = confusion[row];
                confusion[row] = m.IsPerson ? (cell.Yes + 1, cell.No) : (cell.Yes, cell.No + 1);
                if (row is not ("confirmed" or "likely")) continue;
                counted++;
                if (m.IsPerson) countedRelevant++;
            }
            people.Add(new PersonFigures(group.Key, labelled.Count, labelled.Count(m => m.IsPerson), counted, countedRelevant));
        }
        var all = new PersonFigures("all", people.Sum(p => p.Candidates), people.Sum(p => p.Relevant), people.Sum(p => p.Counted),
            people.Sum(p => p.CountedRelevant));
        return new MentionEvaluation(people, all, confusion, unlabelled);
    }
}
