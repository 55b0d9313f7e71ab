using NewsSearch.Core.Indexing;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// Lets every API request see the index's latest commit. Refreshing is cheap when nothing changed and never
/// blocks: while one request reopens the reader the others keep using the previous one.
/// </summary>
public sealed class LatestCommitFilter(NewsIndex index) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        index.Searcher.Refresh();
        return next(context);
    }
}
