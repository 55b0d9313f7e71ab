using NewsSearch.Core.Articles;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>
/// One outlet in <c>GET /api/sources</c>: its code (as in an article's source and the source parameter), its Arabic and
/// Latin names when the shipped sources file knows them, and the index's articles from it with their first and last day.
/// </summary>
public sealed record SourceResponse(string Code, string? NameAr, string? NameEn, int Articles, DateOnly? First, DateOnly? Last)
{
    /// <summary>The outlets the index holds (biggest first), then those known by name that it does not.</summary>
    public static IReadOnlyList<SourceResponse> From(IReadOnlyList<SourceInfo> indexed, NewsSources known)
    {
        var held = indexed.Select(s => new SourceResponse(s.Name, known.Find(s.Name)?.NameAr,
            known.Find(s.Name)?.NameEn, s.Articles, s.First, s.Last));
        var others = known.All.Where(k => !indexed.Any(s => string.Equals(s.Name, k.Code, StringComparison.OrdinalIgnoreCase)))
            .Select(k => new SourceResponse(k.Code, k.NameAr, k.NameEn, 0, null, null));
        return [.. held, .. others];
    }
}
