namespace NewsSearch.Api.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: "Healthy" (200) while the index can be reopened (a cluster: a shard answers), "Unhealthy" (503)
    /// otherwise.</summary>
    public static void MapHealth(this IEndpointRouteBuilder app) => app.MapHealthChecks("/health");
}
