using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSearch.Api.Tests.Support;

/// <summary>The API on a real Kestrel server bound to a free loopback port, reachable by a browser.</summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The usual test articles plus the dated ones, so the page has days and sources to draw, and one without a title.</summary>
    protected override IEnumerable<NewsSearch.Core.Articles.Article> Articles =>
        [.. TestArticles.All, .. DatedArticles.All, .. NamesakeArticles.All, new("untitled-1", "", "الوزير يقيم مأدبة غداء لنظيره. وحضر السفراء.")];

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single());
        }
    }
}
