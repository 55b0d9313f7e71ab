using NewsSearch.Core.People;

namespace NewsSearch.Api.Contracts;

/// <summary>One entry of <c>GET /api/people</c>: who the person is and how often the index mentions them.</summary>
public sealed record PersonResponse(string Id, string NameEn, string NameAr, string? Role, IReadOnlyList<string> Aliases, int Mentions)
{
    public static PersonResponse From(Person person, int mentions) =>
        new(person.Id, person.NameEn, person.NameAr, person.Role, person.Aliases, mentions);
}
