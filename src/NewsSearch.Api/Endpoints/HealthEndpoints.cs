using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: "Healthy" (200) while the index can be reopened, "Unhealthy" (503) otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapHealthChecks("/health");
}

/// <summary>Healthy when the searcher can pick up the index's latest commit.</summary>
public sealed class IndexHealthCheck(NewsSearcher searcher) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            searcher.Refresh();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The description is not shown to clients; the exception goes to the log only.
            return Task.FromResult(HealthCheckResult.Unhealthy("the index cannot be read", e));
        }
    }
}
