using System.Net;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Api.Tests.Support;

namespace NewsSearch.Api.Tests;

/// <summary>
/// A fault inside the server (here: the index folder vanishes under the running API) gets a 500 problem-details
/// body that gives away no stack trace, exception type or file path, in development as in production.
/// Each test owns its factory because it destroys the index.
/// </summary>
public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_server_fault_gets_500_problem_details_without_internals(string environment)
    {
        await using var factory = environment == "Production" ? new ProductionApiFactory() : new ApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=x")).StatusCode);
        Directory.Delete(factory.Index.Path, recursive: true);

        var response = await client.GetAsync("/api/search?q=x");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadJson<ProblemDetails>();
        Assert.Equal(500, problem.Status);
        AssertNoInternals(body, factory.Index.Path);
    }

    [Fact]
    public async Task Health_turns_unhealthy_without_saying_why_to_the_client()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        Directory.Delete(factory.Index.Path, recursive: true);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", body);
    }

    [Fact]
    public async Task An_unknown_route_gets_404_problem_details()
    {
        await using var factory = new ApiFactory();

        var response = await factory.CreateClient().GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_method_gets_405_problem_details()
    {
        await using var factory = new ApiFactory();

        var response = await factory.CreateClient().DeleteAsync("/api/articles/dated-1");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertNoInternals(string body, string indexPath)
    {
        Assert.DoesNotContain(indexPath, body);
        Assert.DoesNotContain("/tmp", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain(".cs", body);
        Assert.DoesNotContain("Lucene", body);
    }
}
