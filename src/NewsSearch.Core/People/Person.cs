namespace NewsSearch.Core.People;

/// <summary>
/// Someone the news names: an id, the English and Arabic names, a role, and every other spelling
/// (surname alone, full name, transliteration variants) by which articles mention them.
/// </summary>
public sealed record Person(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases)
{
    /// <summary>Both names and every alias: all the ways the person is written.</summary>
    public IEnumerable<string> Names => [NameEn, NameAr, .. Aliases];
}
