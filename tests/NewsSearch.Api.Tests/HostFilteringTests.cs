using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary>
/// A DNS-rebinding page sends its own host name: the API answers only loopback names, the hosts it binds, and what
/// AllowedHosts configures (issue 17: with AllowedHosts "*" a request with Host: attacker.example was answered).
/// </summary>
public sealed class HostFilteringTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:5090")]
    [InlineData("localhost.attacker.example")]
    public async Task A_request_for_another_host_is_refused(string host)
    {
        var response = await Get(factory, host);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("hits", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5090")]
    [InlineData("127.0.0.1:5090")]
    [InlineData("[::1]:5090")]
    public async Task Loopback_names_are_answered(string host)
    {
        Assert.Equal(HttpStatusCode.OK, (await Get(factory, host)).StatusCode);
    }

    [Fact]
    public async Task The_hosts_that_urls_binds_are_answered()
    {
        await using var bound = new SettingApiFactory("urls", "http://news.internal:8080;http://127.0.0.1:5090");
        Assert.Equal(HttpStatusCode.OK, (await Get(bound, "news.internal:8080")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get(bound, "attacker.example")).StatusCode);
    }

    [Fact]
    public async Task AllowedHosts_configured_replaces_the_default()
    {
        await using var configured = new SettingApiFactory("AllowedHosts", "news.example.org");
        Assert.Equal(HttpStatusCode.OK, (await Get(configured, "news.example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get(configured, "localhost")).StatusCode);
    }

    private static Task<HttpResponseMessage> Get(ApiFactory api, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=" + Uri.EscapeDataString("ميامي"));
        request.Headers.Host = host;
        return api.CreateClient().SendAsync(request);
    }

    private sealed class SettingApiFactory(string key, string value) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }
}
