using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSearch.Api.Backends;

namespace NewsSearch.Api.Endpoints;

/// <summary>
/// Healthy when the searcher can pick up the index's latest commit (with <c>--cluster</c>: while a shard answers). A
/// failure is reported by the health-check service as Unhealthy; its exception goes to the log, never into the response.
/// </summary>
public sealed class IndexHealthCheck(NewsBackend backend) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await backend.CheckHealthAsync();
        return HealthCheckResult.Healthy();
    }
}
