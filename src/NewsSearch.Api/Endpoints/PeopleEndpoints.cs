using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Contracts;
using NewsSearch.Core.People;

namespace NewsSearch.Api.Endpoints;

public static class PeopleEndpoints
{
    public static void MapPeople(this IEndpointRouteBuilder api)
    {
        api.MapGet("/people", GetPeople)
            .WithName("GetPeople")
            .WithTags("People")
            .WithSummary("The people list, each person with their number of mentions in the index.");
        api.MapGet("/mentions", GetMentions)
            .WithName("GetMentions")
            .WithTags("People")
            .WithSummary("Every mention of a person, grouped by article, with a timeline per day and per source.")
            .WithDescription("person: an id, English or Arabic name or alias from the people list; any other name is searched in its own forms.");
    }

    private static Ok<List<PersonResponse>> GetPeople(MentionSearcher mentions)
    {
        var counts = mentions.MentionCounts();
        return TypedResults.Ok(mentions.People.People.Select(p => PersonResponse.From(p, counts[p.Id])).ToList());
    }

    private static Results<Ok<MentionsResponse>, ValidationProblem> GetMentions(MentionSearcher mentions, string? person)
    {
        if (string.IsNullOrWhiteSpace(person)) return Problems.BadParameter("person", "person is required: a name, alias or id");
        if (person.Length > NameMaxLength) return Problems.BadParameter("person", $"person must be at most {NameMaxLength} characters");
        try
        {
            return TypedResults.Ok(MentionsResponse.From(mentions.Mentions(person)));
        }
        catch (PeopleException e)
        {
            return Problems.BadParameter("person", e.Message);
        }
    }

    private const int NameMaxLength = 200;
}
