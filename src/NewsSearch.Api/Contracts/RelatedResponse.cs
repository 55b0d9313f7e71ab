using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Contracts;

/// <summary>The body of <c>GET /api/articles/{id}/related</c>.</summary>
public sealed record RelatedResponse(string Id, string Title, IReadOnlyList<RelatedHitResponse> Hits)
{
    /// <summary>A cluster's answer only (<c>--cluster</c>): how many shards answered; absent from one index.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ShardsResponse? Shards { get; init; }

    public static RelatedResponse From(RelatedResults results) =>
        new(results.Article.Id, results.Article.Title, results.Hits.Select(RelatedHitResponse.From).ToList());
}
