using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>What one request may ask of the server.</summary>
public static class ApiLimits
{
    public const int MaxQueryLength = NewsQueryParser.MaxLength;
    public const int MaxPageSize = SearchRequest.MaxPageSize;
    /// <summary>No request reaches past the first this-many hits (page × size); deep paging costs memory per request.</summary>
    public const int MaxResultWindow = 1000;
    /// <summary>The API reads no request bodies; anything larger than this is refused.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
}
