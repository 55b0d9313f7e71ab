using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsSearch.Api.Hosting;
using NewsSearch.Core.Articles;

namespace NewsSearch.Api.Tests.Support;

/// <summary>The API in memory over its own temporary index of <see cref="TestArticles"/>; one per test class.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public ApiFactory() => Index = TestIndex.Create(Articles);

    public TestIndex Index { get; }

    /// <summary>What the index holds; overrides must return data that does not depend on the instance.</summary>
    protected virtual IEnumerable<Article> Articles => TestArticles.All;

    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(NewsSearchServices.IndexPathKey, Index.Path);
        builder.UseEnvironment(Environment);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Index.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Index.Dispose();
    }
}

/// <summary>The same API as the production environment runs it.</summary>
public sealed class ProductionApiFactory : ApiFactory
{
    protected override string Environment => "Production";
}

/// <summary>The API over <see cref="DatedArticles"/>: several outlets and days, for filters, sorts, counts and timelines.</summary>
public sealed class DatedApiFactory : ApiFactory
{
    protected override IEnumerable<Article> Articles => DatedArticles.All;
}

public static class HttpExtensions
{
    public static async Task<T> ReadJson<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiFactory.Json))!;
}

/// <summary>The API over <see cref="NamesakeArticles"/>: Jared Kushner, a bare كوشنر and Bernard Kouchner.</summary>
public sealed class NamesakeApiFactory : ApiFactory
{
    protected override IEnumerable<Article> Articles => NamesakeArticles.All;
}
