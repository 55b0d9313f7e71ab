using Microsoft.AspNetCore.Diagnostics;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// A request the framework could not bind (in practice: a <c>POST /api/search</c> body that is not JSON of the
/// expected shape) becomes a 400 problem that says what is expected, in every environment alike.
/// </summary>
public sealed class BadRequestBodyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string Detail = "the body must be a JSON object: q (text), page and size (whole numbers), source (a list of outlets), " +
        "from and to (days as yyyy-MM-dd), sort (text)";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest }) return false;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Invalid request body", Detail = Detail },
        });
    }
}
