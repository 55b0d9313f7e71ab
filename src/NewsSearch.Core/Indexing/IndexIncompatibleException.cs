namespace NewsSearch.Core.Indexing;

/// <summary>The index on disk was built by an analysis chain this version cannot mix with.</summary>
public sealed class IndexIncompatibleException(string message) : Exception(message);
