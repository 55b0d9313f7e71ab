using NewsSearch.Core.People;
using NewsSearch.Core.Searching;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// Lets every API request see the index's latest commit. Refreshing is cheap when nothing changed and never
/// blocks: while one request reopens the reader the others keep using the previous one.
/// </summary>
public sealed class LatestCommitFilter(NewsSearcher searcher, MentionSearcher mentions) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        searcher.Refresh();
        mentions.Refresh();
        return next(context);
    }
}
