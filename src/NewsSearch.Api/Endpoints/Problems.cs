using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsSearch.Api.Endpoints;

/// <summary>Problem-details answers (RFC 9457) for requests the API refuses; each bad parameter is named.</summary>
public static class Problems
{
    public static ValidationProblem BadParameter(string name, string message) =>
        BadParameters(new Dictionary<string, string[]> { [name] = [message] });

    public static ValidationProblem BadParameters(IDictionary<string, string[]> errors)
    {
        var (name, messages) = errors.First();
        return TypedResults.ValidationProblem(errors, title: "Invalid request parameter", detail: $"{name}: {messages[0]}");
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
