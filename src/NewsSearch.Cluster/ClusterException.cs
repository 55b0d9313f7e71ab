namespace NewsSearch.Cluster;

/// <summary>The cluster or its store cannot do what was asked; the message says why in one line.</summary>
public sealed class ClusterException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The one shard that holds an article does not answer.</summary>
    internal static ClusterException OwnerMissing(string id, int shard) =>
        new($"shard {shard}, which holds article {id}, is not answering (rebuilding, or its silo is down): try again shortly");
}
