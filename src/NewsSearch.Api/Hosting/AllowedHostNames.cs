using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// The <c>Host</c> names the API answers. With <c>AllowedHosts: *</c> any page a browser loads could point its own
/// host name at 127.0.0.1 (DNS rebinding) and read the local index through the browser; so unless <c>AllowedHosts</c>
/// is configured (semicolon-separated, <c>*</c> for any), only the loopback names and the hosts that <c>--urls</c> (or
/// <c>Kestrel:Endpoints</c>) binds are answered. A wildcard bind (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>)
/// adds this machine's name; other names its clients use must be configured. ASP.NET Core's host filtering
/// middleware refuses the rest with 400.
/// </summary>
public static class AllowedHostNames
{
    public const string Key = "AllowedHosts";
    public static readonly IReadOnlyList<string> Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static void AddHostFilteringDefaults(this IServiceCollection services) =>
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration>((options, config) =>
        {
            if (string.IsNullOrWhiteSpace(config[Key])) options.AllowedHosts = [.. Default(config)];
        });

    public static IEnumerable<string> Default(IConfiguration config) =>
        Loopback.Concat(BoundHosts(config)).Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> BoundHosts(IConfiguration config)
    {
        var urls = (config["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(config.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>());
        foreach (var url in urls)
        {
            string host;
            try { host = BindingAddress.Parse(url).Host; }
            catch (FormatException) { continue; } // Kestrel itself refuses the address, with its own message
            yield return host is "*" or "+" or "0.0.0.0" or "[::]" ? Dns.GetHostName() : host;
        }
    }
}
