using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// What the generated OpenAPI document cannot know by itself: what the API is, that it asks for no credentials
/// (an empty security requirement), what each tag groups, and the server as the client reached it (without a
/// trailing slash). The document passes Redocly's recommended rules (<c>npx @redocly/cli lint</c>).
/// </summary>
public static class OpenApiDocument
{
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        ["Search"] = "Ranked search with snippets, filters by outlet and date, counts per outlet and day; also as CSV and by POST.",
        ["Articles"] = "One stored article (with a query's matches and the people it names) and the articles most like it.",
        ["People"] = "The people list with mention counts, and every mention of a person with a timeline.",
        ["Index"] = "What the index holds and the outlets' display names.",
    };

    public static void Describe(OpenApiOptions options) => options.AddDocumentTransformer((document, context, _) =>
    {
        document.Info.Title = "NewsSearch API";
        document.Info.Description = "Search Arabic news articles and every mention of a person. Read-only; asks for no credentials. " +
            "Refused requests get a problem-details body (RFC 9457) naming the parameter.";
        document.Info.License = new OpenApiLicense
        {
            Name = "No licence granted: all rights reserved by the NewsSearch authors",
            Identifier = "LicenseRef-NewsSearch-All-Rights-Reserved",
        };
        if (document.Servers is { Count: > 0 } servers)
            foreach (var server in servers)
                server.Url = server.Url?.TrimEnd('/') is { Length: > 0 } url ? url : "/";
        // Public by design: one empty requirement says that no credentials are needed.
        document.Security = [new OpenApiSecurityRequirement()];
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        return Task.CompletedTask;
    });
}
