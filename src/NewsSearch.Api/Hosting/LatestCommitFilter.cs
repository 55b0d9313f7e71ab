using NewsSearch.Api.Backends;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// Lets every API request see the index's latest commit. Refreshing is cheap when nothing changed and never
/// blocks: while one request reopens the reader the others keep using the previous one. A new commit also starts
/// counting the people's mentions in the background, so that <c>/api/people</c> never makes a request wait for them.
/// A cluster's shards keep up on their own.
/// </summary>
public sealed class LatestCommitFilter(NewsBackend backend) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        backend.Refresh();
        return next(context);
    }
}
