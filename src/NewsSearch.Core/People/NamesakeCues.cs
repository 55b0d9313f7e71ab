namespace NewsSearch.Core.People;

internal sealed record NamesakeCues(
    string Name, IReadOnlyList<CuePhrase> FirstNames, IReadOnlyList<CuePhrase> NextWords, IReadOnlyList<CuePhrase> Roles);
