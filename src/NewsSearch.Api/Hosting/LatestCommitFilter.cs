using NewsSearch.Core.Indexing;
using NewsSearch.Core.People;

namespace NewsSearch.Api.Hosting;

/// <summary>
/// Lets every API request see the index's latest commit. Refreshing is cheap when nothing changed and never
/// blocks: while one request reopens the reader the others keep using the previous one. A new commit also starts
/// counting the people's mentions in the background, so that <c>/api/people</c> never makes a request wait for them.
/// </summary>
public sealed class LatestCommitFilter(NewsIndex index, MentionSearcher mentions) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        index.Searcher.Refresh();
        _ = mentions.CountInBackground();
        return next(context);
    }
}
