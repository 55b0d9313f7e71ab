using Microsoft.AspNetCore.Diagnostics;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>A search stopped at its time limit becomes a 503 problem that says so, like a request that timed out.</summary>
public sealed class SearchTimeoutHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not SearchTimeoutException timeout) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Search timed out", Detail = timeout.Message },
        });
    }
}
