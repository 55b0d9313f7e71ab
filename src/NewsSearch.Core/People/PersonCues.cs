using System.Runtime.CompilerServices;

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

    public static PersonCues Of(Person person) => Built.GetValue(person, p => new PersonCues(p));

    private static List<CuePhrase> Phrases(IEnumerable<string> texts) =>
        texts.Select(t => new CuePhrase(NameForms.Tokens(t), t.Trim())).Where(p => p.Words.Count > 0).ToList();
}
