using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Api.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: "Healthy" (200) while the index can be reopened, "Unhealthy" (503) otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapHealthChecks("/health");
}

/// <summary>
/// Healthy when the searcher can pick up the index's latest commit. A failure is reported by the health-check
/// service as Unhealthy; its exception goes to the log, never into the response.
/// </summary>
public sealed class IndexHealthCheck(NewsIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        index.Searcher.Refresh();
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
