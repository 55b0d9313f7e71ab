using Microsoft.AspNetCore.Diagnostics;
using NewsSearch.Cluster;

namespace NewsSearch.Api.Hosting;

/// <summary>A cluster that cannot answer (the shard holding an article is down) is a 503 problem that says which and why.</summary>
public sealed class ClusterUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ClusterException unavailable) return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "Cluster unavailable", Detail = unavailable.Message },
        });
    }
}
