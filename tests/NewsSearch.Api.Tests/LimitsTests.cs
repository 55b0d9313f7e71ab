using System.Net;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsSearch.Api.Hosting;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

public sealed class LimitsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_request_body_over_the_limit_gets_413()
    {
        using var body = new ByteArrayContent(new byte[ApiLimits.MaxRequestBodyBytes + 1]);

        var response = await client.PostAsync("/api/search?q=x", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_small_body_on_a_read_only_endpoint_gets_405()
    {
        using var body = new ByteArrayContent(new byte[10]);

        var response = await client.PostAsync("/api/people", body);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public void Every_request_runs_under_the_default_timeout()
    {
        var options = factory.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value;

        Assert.Equal(ApiLimits.RequestTimeout, options.DefaultPolicy?.Timeout);
        Assert.Equal(503, options.DefaultPolicy?.TimeoutStatusCode);
    }
}
