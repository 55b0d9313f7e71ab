using System.Reflection;
using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// The outlets NewsSearch knows by name, shipped inside the assembly (Articles/sources.json). A code not on the
/// list is shown as it is: <see cref="Find"/> gives null for it.
/// </summary>
public sealed class NewsSources
{
    private const string ShippedResource = "articles/sources.json";
    private static readonly Lazy<NewsSources> ShippedList = new(ReadShipped);

    private readonly Dictionary<string, NewsSource> byCode;

    private NewsSources(IReadOnlyList<NewsSource> sources)
    {
        All = sources;
        byCode = sources.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
    }

    public static NewsSources Shipped => ShippedList.Value;

    public IReadOnlyList<NewsSource> All { get; }

    /// <summary>The outlet with this code, in any case; null when it is not on the list.</summary>
    public NewsSource? Find(string? code) => code is null ? null : byCode.GetValueOrDefault(code);

    private static NewsSources ReadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ShippedResource)
                           ?? throw new InvalidOperationException($"resource {ShippedResource} is missing");
        var file = JsonSerializer.Deserialize<SourcesFile>(stream,
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
                   ?? throw new InvalidOperationException($"resource {ShippedResource} is empty");
        return new NewsSources(file.Sources);
    }

    private sealed record SourcesFile(IReadOnlyList<NewsSource> Sources);
}
