namespace NewsSearch.Core.People;

/// <summary>
/// Someone the news names: an id, the English and Arabic names, a role, and every other spelling
/// (surname alone, full name, transliteration variants) by which articles mention them; and what tells a
/// mention of them from a namesake's (<see cref="MentionResolver"/>): their first names as written before the
/// surname, the role words written next to the name, the known namesakes, and whether the surname is also an
/// ordinary Arabic word.
/// </summary>
public sealed record Person(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases)
{
    /// <summary>Both names and every alias: all the ways the person is written.</summary>
    public IEnumerable<string> Names => [NameEn, NameAr, .. Aliases];

    /// <summary>First names (one or more words) written right before the surname: جاريد، جارد، غاريد.</summary>
    public IReadOnlyList<string> FirstNames { get; init; } = [];

    /// <summary>Role cues written right before or after the name: وزير الخارجية الأمريكي، صهر ترامب.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>
    /// Words of the person's world (الكرملين for Putin, طهران for Zarif): anywhere in an article that confirms nobody,
    /// they make a bare surname likely.
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Others known by the same surname, with the words that mark them.</summary>
    public IReadOnlyList<Namesake> Namesakes { get; init; } = [];

    /// <summary>The surname is also an ordinary Arabic word (ظريف "witty"), so a bare one may be just that word.</summary>
    public bool CommonWord { get; init; }
}
