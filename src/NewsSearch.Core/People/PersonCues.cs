using System.Runtime.CompilerServices;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.People;

/// <summary>A person's resolution data (<see cref="Person"/>) as word sequences normalised like the exact fields; built once per
/// person.</summary>
internal sealed class PersonCues
{
    private static readonly ConditionalWeakTable<Person, PersonCues> Built = new();

    private PersonCues(Person person)
    {
        Person = person;
        OwnWords = person.Names.SelectMany(NameForms.Tokens).ToHashSet(StringComparer.Ordinal);
        FirstNames = Phrases(person.FirstNames);
        Roles = Phrases(person.Roles);
        Context = Phrases(person.Context);
        contextByFirstWord = Context.Select((cue, order) => (cue, order))
            .GroupBy(c => c.cue.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        RoleWords = Roles.Where(r => r.Words.Count == 1).Select(r => r.Words[0]).ToHashSet(StringComparer.Ordinal);
        Namesakes = person.Namesakes
            .Select(n => new NamesakeCues(n.Name, Phrases(n.FirstNames), Phrases(n.NextWords), Phrases(n.Roles))).ToList();
    }

    public Person Person { get; }

    /// <summary>Every word of the person's names and aliases as written without a clitic.</summary>
    public IReadOnlySet<string> OwnWords { get; }

    public IReadOnlyList<CuePhrase> FirstNames { get; }
    public IReadOnlyList<CuePhrase> Roles { get; }
    public IReadOnlyList<CuePhrase> Context { get; }

    /// <summary>The one-word roles, which an occupation before the name may match.</summary>
    public IReadOnlySet<string> RoleWords { get; }

    public IReadOnlyList<NamesakeCues> Namesakes { get; }

    /// <summary>
    /// The first of <see cref="Context"/> (in its order) that starts at word <paramref name="i"/>, where the first word may
    /// carry a clitic prefix (<see cref="MentionContext.Is"/>); null when none does. Looked up by the word's own forms, not
    /// by trying every cue at every word of an article.
    /// </summary>
    public CuePhrase? ContextAt(IReadOnlyList<string> words, int i)
    {
        (CuePhrase Cue, int Order)? first = null;
        foreach (var (_, stem) in ArabicAffixes.SplitClitics(words[i]))
            if (contextByFirstWord.TryGetValue(stem, out var cues))
                foreach (var (cue, order) in cues)
                    if ((first is null || order < first.Value.Order) && Follows(words, i, cue.Words)) first = (cue, order);
        return first?.Cue;
    }

    /// <summary>True when the words after <paramref name="i"/> are the rest of <paramref name="phrase"/>.</summary>
    private static bool Follows(IReadOnlyList<string> words, int i, IReadOnlyList<string> phrase)
    {
        if (i + phrase.Count > words.Count) return false;
        for (var k = 1; k < phrase.Count; k++)
            if (words[i + k] != phrase[k]) return false;
        return true;
    }

    private readonly Dictionary<string, List<(CuePhrase Cue, int Order)>> contextByFirstWord;

    public static PersonCues Of(Person person) => Built.GetValue(person, p => new PersonCues(p));

    private static List<CuePhrase> Phrases(IEnumerable<string> texts) =>
        texts.Select(t => new CuePhrase(NameForms.Tokens(t), t.Trim())).Where(p => p.Words.Count > 0).ToList();
}
