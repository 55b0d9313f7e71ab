namespace NewsSearch.Cluster;

/// <summary>The cluster or its store cannot do what was asked; the message says why in one line.</summary>
public sealed class ClusterException(string message, Exception? inner = null) : Exception(message, inner);
