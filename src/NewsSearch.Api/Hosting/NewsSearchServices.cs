using System.Text.Json;
using Microsoft.AspNetCore.Http.Timeouts;
using NewsSearch.Api.Backends;
using NewsSearch.Api.Endpoints;
using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>Registers the shared index and searcher and the framework services the API relies on.</summary>
public static class NewsSearchServices
{
    /// <summary>Configuration key of the index folder; also set by <c>--index PATH</c>.</summary>
    public const string IndexPathKey = "NewsSearch:IndexPath";

    /// <summary>Configuration key of a cluster's store (its PostgreSQL connection string); also set by <c>--cluster CONN</c>.</summary>
    public const string ClusterKey = "NewsSearch:Cluster";

    public static WebApplicationBuilder AddNewsSearch(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args,
            new Dictionary<string, string> { ["--index"] = IndexPathKey, ["--cluster"] = ClusterKey });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = ApiLimits.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestLineSize = ApiLimits.MaxRequestLineBytes;
        });

        var services = builder.Services;
        services.AddSingleton(provider =>
            NewsIndex.OpenForReading(provider.GetRequiredService<IConfiguration>()[IndexPathKey] ?? IndexLocation.FromEnvironment(),
                path => provider.GetRequiredService<ILogger<NewsIndex>>()
                    .LogWarning("no index yet at {Path}; built one from the seed articles", path)));
        services.AddSingleton(provider => new NewsSearcher(provider.GetRequiredService<NewsIndex>()));
        services.AddSingleton(provider => provider.GetRequiredService<NewsSearcher>().Mentions);
        services.AddSingleton<NewsBackend>(provider => provider.GetRequiredService<IConfiguration>()[ClusterKey] is { Length: > 0 } cluster
            ? new ClusterBackend(cluster)
            : new IndexBackend(provider));
        services.AddHostFilteringDefaults();
        services.AddProblemDetails();
        services.AddExceptionHandler<ServiceUnavailableHandler>();
        services.AddExceptionHandler<BadRequestBodyHandler>();
        // A body that does not bind throws in every environment, so BadRequestBodyHandler answers it the same way.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(OpenApiDocument.Describe);
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = ApiLimits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        return builder;
    }

    /// <summary>
    /// Opens the index (the default location builds itself from the seeds when absent; a chosen one must exist), or
    /// joins the cluster, before the first request, not during it. False, after logging one line saying why, when it cannot.
    /// </summary>
    public static bool TryOpenIndex(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<NewsBackend>().OpenAsync().GetAwaiter().GetResult();
            return true;
        }
        catch (Exception e) when (e is IndexIncompatibleException or IndexMissingException or IOException or UnauthorizedAccessException
                                      or Lucene.Net.Store.LockObtainFailedException or Cluster.ClusterException)
        {
            app.Logger.LogCritical("cannot {Open}: {Reason}", e is Cluster.ClusterException ? "join the cluster" : "open the index",
                e.Message.ReplaceLineEndings(" "));
            return false;
        }
    }
}
