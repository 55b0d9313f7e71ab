using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Backends;
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
            .WithSummary("The people list, each person with their number of mentions in the index.")
            .WithDescription("The counts are made once per index commit, in the background: " +
                "just after a commit they may be the previous commit's for a few seconds.")
            .ProducesProblem(StatusCodes.Status400BadRequest); // a Host the API does not answer (AllowedHosts)
        api.MapGet("/mentions", GetMentions)
            .WithName("GetMentions")
            .WithTags("People")
            .WithSummary("Every mention of a person, grouped by article, with a timeline per day and per source.")
            .WithDescription("person: an id, English or Arabic name or alias from the people list; " +
                "any other name is searched in its own forms. " +
                $"page from 1 (default 1) and size 1–{MaxArticlesPerPage} (default {DefaultArticlesPerPage}) choose the articles listed; " +
                "total, article_count and the timeline always cover every mention.");
    }

    private static async Task<Ok<List<PersonResponse>>> GetPeople(NewsBackend backend)
    {
        var counts = await backend.MentionCountsAsync();
        return TypedResults.Ok(backend.People.People.Select(p => PersonResponse.From(p, counts[p.Id])).ToList());
    }

    private static async Task<Results<Ok<MentionsResponse>, ValidationProblem>> GetMentions(NewsBackend backend, string? person,
        string? page, string? size)
    {
        if (string.IsNullOrWhiteSpace(person)) return Problems.BadParameter("person", "person is required: a name, alias or id");
        if (person.Length > NameMaxLength) return Problems.BadParameter("person", $"person must be at most {NameMaxLength} characters");
        var errors = new Dictionary<string, string[]>();
        var pageNumber = SearchParameters.ReadInt(page, "page", 1, MaxPage, 1, errors);
        var pageSize = SearchParameters.ReadInt(size, "size", 1, MaxArticlesPerPage, DefaultArticlesPerPage, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        try
        {
            var answer = await backend.MentionsAsync(person);
            return TypedResults.Ok(MentionsResponse.From(answer.Value, pageNumber, pageSize) with { Shards = answer.Shards });
        }
        catch (PeopleException e)
        {
            return Problems.BadParameter("person", e.Message);
        }
    }

    private const int NameMaxLength = 200;
    public const int DefaultArticlesPerPage = 20;
    public const int MaxArticlesPerPage = 100;
    private const int MaxPage = 100_000;
}
