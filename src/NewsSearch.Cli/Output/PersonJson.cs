using NewsSearch.Core.People;

namespace NewsSearch.Cli.Output;

public sealed record PersonJson(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases)
{
    public static PersonJson? From(Person? person) =>
        person is null ? null : new(person.Id, person.NameEn, person.NameAr, person.Role, person.Aliases);
}
