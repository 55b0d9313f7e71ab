namespace NewsSearch.Api.Hosting;

/// <summary>The middleware every request passes, outermost first.</summary>
public static class NewsSearchPipeline
{
    /// <summary>
    /// Scripts and styles only from this origin and no inline script, so even a snippet that slipped
    /// through escaping could not run code.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void UseNewsSearchPipeline(this WebApplication app)
    {
        app.Use(SecurityHeaders);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseLargeBodies);
        app.UseRequestTimeouts();
        app.UseDefaultFiles();
        app.UseStaticFiles();
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        // Set when the response starts, so error responses (whose headers the exception handler clears) carry them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static Task RefuseLargeBodies(HttpContext context, RequestDelegate next) =>
        context.Request.ContentLength > ApiLimits.MaxRequestBodyBytes
            ? Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                detail: $"request bodies are limited to {ApiLimits.MaxRequestBodyBytes} bytes").ExecuteAsync(context)
            : next(context);
}
