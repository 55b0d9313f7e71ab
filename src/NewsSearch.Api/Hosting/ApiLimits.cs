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
    /// <summary>
    /// Room for a query of <see cref="MaxQueryLength"/> characters of any script, percent-encoded (up to 9 bytes
    /// a character), so that an over-long query reaches the API's own check and gets a problem that names it.
    /// </summary>
    public const int MaxRequestLineBytes = 16 * 1024;
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
}
