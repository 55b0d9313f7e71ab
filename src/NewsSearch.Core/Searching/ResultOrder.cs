namespace NewsSearch.Core.Searching;

/// <summary>How hits are ordered. Date orders put undated articles last; equal dates keep index order.</summary>
public enum ResultOrder
{
    Relevance,
    Newest,
    Oldest,
}
