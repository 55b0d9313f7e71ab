using Microsoft.AspNetCore.Diagnostics;
using NewsSearch.Cluster;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// What the API cannot answer now becomes a 503 problem that says why: a search stopped at its time limit (like a
/// request that timed out), or a cluster that cannot answer (the shard holding an article is down).
/// </summary>
public sealed class ServiceUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var title = exception switch
        {
            SearchTimeoutException => "Search timed out",
            ClusterException => "Cluster unavailable",
            _ => null,
        };
        if (title is null) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = exception.Message },
        });
    }
}
