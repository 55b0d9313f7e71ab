namespace NewsSearch.Core.People;

/// <summary>
/// What a name the user typed stands for: a person on the list (all their names and aliases) or,
/// when nobody on the list is called so, just that name; with every index form to look up.
/// </summary>
public sealed record PersonForms(string Name, Person? Person, IReadOnlyList<IReadOnlyList<string>> Forms)
{
    /// <summary>False when the name is not on the people list and only its own forms are searched.</summary>
    public bool InPeopleList => Person is not null;

    /// <exception cref="PeopleException">
    /// The name has no letters, is not on the list and too short or common to be a name (<see cref="NameForms.CanBeAName"/>),
    /// or belongs to more than one person.
    /// </exception>
    public static PersonForms Resolve(PeopleList people, string name)
    {
        if (NameForms.Key(name).Length == 0) throw new PeopleException($"\"{name}\" is not a name: it has no letters");
        var person = people.Find(name);
        if (person is null && !NameForms.CanBeAName(name))
            throw new PeopleException($"\"{name}\" is too short or too common to search as a name: " +
                $"give a word of at least {NameForms.MinNameLetters} letters that is not a stop word");
        return new PersonForms(name, person, NameForms.Expand(person?.Names ?? [name]));
    }

    /// <summary>Spellings found in the index that the people list lacks (<see cref="WithSpellings"/>), without clitic prefix.</summary>
    public IReadOnlySet<string> OtherSpellings { get; init; } = new HashSet<string>();

    /// <summary>These forms plus index terms that spell the surname otherwise (each with its clitic prefix, if any, and its
    /// stem).</summary>
    public PersonForms WithSpellings(IReadOnlyCollection<(string Term, string Stem)> spellings) => this with
    {
        Forms = [.. Forms, .. spellings.Select(s => (IReadOnlyList<string>)[s.Term])],
        OtherSpellings = spellings.Select(s => s.Stem).ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>The forms as text, one word sequence per entry.</summary>
    public IReadOnlyList<string> FormTexts => Forms.Select(f => string.Join(' ', f)).ToList();
}
