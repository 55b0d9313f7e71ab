namespace NewsSearch.Core.Searching;

/// <summary>A search that ran past its time limit and was stopped; the message is one line meant for the user.</summary>
public sealed class SearchTimeoutException(TimeSpan limit, string message) : Exception(message)
{
    public SearchTimeoutException(TimeSpan limit)
        : this(limit,
            $"the search took longer than {limit.TotalSeconds:0.###} s and was stopped; narrow the query (fewer wildcards, more words)")
    {
    }

    public TimeSpan Limit { get; } = limit;
}
