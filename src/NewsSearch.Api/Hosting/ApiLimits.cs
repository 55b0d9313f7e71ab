using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>What one request may ask of the server.</summary>
public static class ApiLimits
{
    public const int MaxQueryLength = QueryLength.Max;
    public const int MaxPageSize = SearchRequest.MaxPageSize;
    public const int MaxResultWindow = SearchRequest.MaxResultWindow;
    /// <summary>
    /// The only body the API reads is the JSON of <c>POST /api/search</c>: room for a query of
    /// <see cref="MaxQueryLength"/> characters even written as \u escapes (12 bytes for a character outside the BMP);
    /// anything larger is refused.
    /// </summary>
    public const long MaxRequestBodyBytes = 16 * 1024;
    /// <summary>
    /// Room for a query of <see cref="MaxQueryLength"/> characters of any script, percent-encoded (up to 9 bytes
    /// a character), with the other parameters, and for a query several times too long, so that an over-long query
    /// reaches the API's own check and gets a 400 problem that names it rather than Kestrel's bare 414.
    /// </summary>
    public const int MaxRequestLineBytes = 64 * 1024;
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
}
